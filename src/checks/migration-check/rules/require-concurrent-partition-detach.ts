import { defineRule } from './rule.js';

export default defineRule({
  id: 'require-concurrent-partition-detach',
  severity: 'error',
  why: 'DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the parent table, blocking every query on it.',
  fix: 'Use DETACH PARTITION … CONCURRENTLY (Postgres 14+, outside a transaction).',
  squawk: 'require-concurrent-partition-detach',
  check(statement, state) {
    const cmds: any[] = statement.node.AlterTableStmt?.cmds ?? [];
    return cmds
      .map((c) => c.AlterTableCmd)
      .filter((c) => c?.subtype === 'AT_DetachPartition' && !c.def?.PartitionCmd?.concurrent && state.pgVersion >= 14)
      .map((c) => ({ detail: `partition ${c.def?.PartitionCmd?.name?.relname ?? '?'}` }));
  },
  cases: {
    bad: ["SET lock_timeout = '5s'; ALTER TABLE events DETACH PARTITION events_2023;"],
    good: ['ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;'],
  },
});
