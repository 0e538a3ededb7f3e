import { defineRule } from './rule.js';

export default defineRule({
  id: 'transaction-nesting',
  severity: 'warning',
  why: 'A BEGIN or COMMIT inside a transaction the tool already opened: BEGIN only warns, and COMMIT ends the tool’s transaction early, so what follows runs outside it.',
  fix: 'Remove BEGIN/COMMIT from the file, or tell the tool not to wrap it (Flyway executeInTransaction=false, dbmate transaction:false, Diesel run_in_transaction = false).',
  squawk: 'transaction-nesting',
  check(statement, state) {
    const kind = statement.node.TransactionStmt?.kind;
    if (!kind) return [];
    const opens = kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START';
    const closes = kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK';
    if (opens && (state.wrapped || state.explicitTransaction))
      return [{ detail: state.wrapped ? 'BEGIN in a file the tool runs in a transaction' : 'BEGIN inside BEGIN' }];
    if (closes && state.wrapped && !state.explicitTransaction)
      return [{ detail: `${kind === 'TRANS_STMT_COMMIT' ? 'COMMIT' : 'ROLLBACK'} ends the tool's own transaction` }];
    return [];
  },
  cases: {
    bad: ['BEGIN; BEGIN;', 'COMMIT;'],
    good: ['CREATE TABLE t (id bigint);'],
    wrapped: true,
  },
});
