import { defineRule } from './rule.js';

export default defineRule({
  id: 'ban-uncommitted-transaction',
  severity: 'error',
  why: 'A BEGIN with no COMMIT leaves the transaction open: the tool may commit it, roll it back, or hold its locks until the session ends.',
  fix: 'End the transaction with COMMIT in the same file.',
  squawk: 'ban-uncommitted-transaction',
  check: () => [],
  end: (state) =>
    state.openedTransaction ? [{ statement: state.openedTransaction, detail: 'BEGIN without a COMMIT' }] : [],
  cases: {
    bad: ['BEGIN; CREATE TABLE t (id bigint);'],
    good: ['BEGIN; CREATE TABLE t (id bigint); COMMIT;', 'BEGIN; CREATE TABLE t (id bigint); ROLLBACK;'],
  },
});
