-- Verdict: require-lock-timeout. REFRESH MATERIALIZED VIEW without CONCURRENTLY takes ACCESS EXCLUSIVE on it
-- (pg_locks, Postgres 15); with CONCURRENTLY (the second statement, after the timeout is set) it does not.
REFRESH MATERIALIZED VIEW order_stats;
SET lock_timeout = '5s';
REFRESH MATERIALIZED VIEW CONCURRENTLY order_stats;
