import { defineRule, dropNames, hasDefElem, inTransaction, relName } from './rule.js';

export default defineRule({
  id: 'concurrently-in-transaction',
  severity: 'error',
  why: 'CONCURRENTLY cannot run inside a transaction block: the migration fails at run time.',
  fix: 'Put the statement in its own migration that the tool runs without a transaction.',
  squawk: 'ban-concurrent-index-creation-in-transaction',
  check(statement, state) {
    if (!inTransaction(state)) return [];
    const n = statement.node;
    if (n.IndexStmt?.concurrent)
      return [{ detail: `CREATE INDEX CONCURRENTLY on ${relName(n.IndexStmt.relation)} inside a transaction` }];
    if (n.DropStmt?.removeType === 'OBJECT_INDEX' && n.DropStmt.concurrent)
      return [{ detail: `DROP INDEX CONCURRENTLY ${dropNames(n.DropStmt).join(', ')} inside a transaction` }];
    if (n.ReindexStmt && hasDefElem(n.ReindexStmt.params, 'concurrently'))
      return [{ detail: 'REINDEX CONCURRENTLY inside a transaction' }];
    const detach = (n.AlterTableStmt?.cmds ?? []).find(
      (c: any) => c.AlterTableCmd?.subtype === 'AT_DetachPartition' && c.AlterTableCmd.def?.PartitionCmd?.concurrent,
    );
    if (detach)
      return [
        { detail: `DETACH PARTITION CONCURRENTLY on ${relName(n.AlterTableStmt.relation)} inside a transaction` },
      ];
    return [];
  },
  cases: {
    bad: [
      'BEGIN; CREATE INDEX CONCURRENTLY i ON orders (a);',
      'BEGIN; DROP INDEX CONCURRENTLY i; COMMIT;',
      'BEGIN; REINDEX INDEX CONCURRENTLY orders_pkey; COMMIT;',
      'BEGIN; ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY; COMMIT;',
    ],
    good: ['CREATE INDEX CONCURRENTLY i ON orders (a);', 'BEGIN; COMMIT; DROP INDEX CONCURRENTLY i;'],
  },
});
