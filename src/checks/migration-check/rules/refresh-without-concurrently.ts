import { defineRule, relName } from './rule.js';

export default defineRule({
  id: 'refresh-without-concurrently',
  severity: 'error',
  why: 'REFRESH MATERIALIZED VIEW without CONCURRENTLY rebuilds the view under an ACCESS EXCLUSIVE lock: every query reading it waits until the refresh ends.',
  fix: 'Use REFRESH MATERIALIZED VIEW CONCURRENTLY (it needs a unique index on the view), or refresh outside the migration.',
  check(statement, state) {
    const r = statement.node.RefreshMatViewStmt;
    if (!r || r.concurrent || state.createdTables.has(relName(r.relation))) return [];
    return [{ detail: `materialized view ${relName(r.relation)}` }];
  },
  cases: {
    bad: ["SET lock_timeout = '5s'; REFRESH MATERIALIZED VIEW order_stats;"],
    good: [
      "SET lock_timeout = '5s'; REFRESH MATERIALIZED VIEW CONCURRENTLY order_stats;",
      'CREATE MATERIALIZED VIEW s AS SELECT 1 AS n WITH NO DATA; REFRESH MATERIALIZED VIEW s;',
    ],
  },
});
