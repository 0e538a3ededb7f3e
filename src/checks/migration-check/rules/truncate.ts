import { defineRule, relName } from './rule.js';

export default defineRule({
  id: 'truncate',
  severity: 'error',
  why: 'TRUNCATE takes an ACCESS EXCLUSIVE lock and deletes every row.',
  fix: 'Delete in batches, or make sure the table is not in use.',
  check(statement) {
    const t = statement.node.TruncateStmt;
    return t ? [{ detail: (t.relations ?? []).map((r: any) => relName(r.RangeVar)).join(', ') }] : [];
  },
  cases: {
    bad: ['TRUNCATE orders;', 'TRUNCATE TABLE orders, customers;'],
    good: ['DELETE FROM orders WHERE id < 100;'],
  },
});
