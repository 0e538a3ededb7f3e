import { defineRule, relName } from './rule.js';

export default defineRule({
  id: 'lock-table',
  severity: 'error',
  why: 'An explicit LOCK TABLE blocks the app for as long as the migration runs.',
  fix: 'Remove it; rely on the lock each statement takes, with a lock_timeout.',
  check(statement) {
    const l = statement.node.LockStmt;
    return l ? [{ detail: (l.relations ?? []).map((r: any) => relName(r.RangeVar)).join(', ') }] : [];
  },
  cases: {
    bad: ['LOCK TABLE orders;', 'LOCK TABLE orders IN SHARE MODE;'],
    good: ['SELECT 1;'],
  },
});
