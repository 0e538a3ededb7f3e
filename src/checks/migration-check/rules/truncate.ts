import { defineRule, relName } from './rule.js';

export default defineRule({
  id: 'truncate',
  severity: 'error',
  why: 'TRUNCATE takes an ACCESS EXCLUSIVE lock and deletes every row.',
  fix: 'Delete in batches, or make sure the table is not in use.',
  check(statement, state) {
    // A table created in the same migration is empty and nobody else's yet.
    const tables = (statement.node.TruncateStmt?.relations ?? [])
      .map((r: any) => relName(r.RangeVar))
      .filter((t: string) => !state.createdTables.has(t));
    return tables.length ? [{ detail: tables.join(', ') }] : [];
  },
  cases: {
    bad: ['TRUNCATE orders;', 'TRUNCATE TABLE orders, customers;'],
    good: ['DELETE FROM orders WHERE id < 100;', 'CREATE TABLE staging (id bigint); TRUNCATE staging;'],
  },
});
