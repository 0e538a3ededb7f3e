-- Verdict: require-lock-timeout. DROP MATERIALIZED VIEW takes ACCESS EXCLUSIVE on it (measured).
DROP MATERIALIZED VIEW order_stats;
