import { defineRule, hasDefElem, relName } from './rule.js';

export default defineRule({
  id: 'reindex-without-concurrently',
  severity: 'error',
  why: 'REINDEX without CONCURRENTLY blocks writes to the table.',
  fix: 'Use REINDEX … CONCURRENTLY (Postgres 12+).',
  squawk: 'require-concurrent-reindex',
  check(statement) {
    const r = statement.node.ReindexStmt;
    if (!r || hasDefElem(r.params, 'concurrently')) return [];
    return [{ detail: relName(r.relation) || r.name }];
  },
  cases: {
    bad: ['REINDEX INDEX orders_pkey;', 'REINDEX TABLE orders;'],
    good: ['REINDEX INDEX CONCURRENTLY orders_pkey;'],
  },
});
