import { defineRule, hasDefElem, relName } from './rule.js';

export default defineRule({
  id: 'vacuum-full',
  severity: 'error',
  why: 'VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock.',
  fix: 'Use pg_repack, or plain VACUUM.',
  check(statement) {
    const v = statement.node.VacuumStmt;
    if (!v || !hasDefElem(v.options, 'full')) return [];
    const tables = (v.rels ?? []).map((r: any) => relName(r.VacuumRelation?.relation)).join(', ');
    return [{ detail: tables || 'all tables' }];
  },
  cases: {
    bad: ['VACUUM FULL orders;', 'VACUUM FULL;'],
    good: ['VACUUM orders;', 'VACUUM (ANALYZE) orders;'],
  },
});
