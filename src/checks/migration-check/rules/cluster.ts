import { defineRule, relName } from './rule.js';

export default defineRule({
  id: 'cluster',
  severity: 'error',
  why: 'CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock.',
  fix: 'Use pg_repack, or run it in a maintenance window.',
  check: (statement) => (statement.node.ClusterStmt ? [{ detail: relName(statement.node.ClusterStmt.relation) }] : []),
  cases: {
    bad: ['CLUSTER orders USING orders_pkey;'],
    good: ['ANALYZE orders;'],
  },
});
