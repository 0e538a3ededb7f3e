-- Verdict: safe. REFRESH MATERIALIZED VIEW CONCURRENTLY may run in a transaction; it takes EXCLUSIVE on the view,
-- which lets reads go on (Postgres docs, REFRESH MATERIALIZED VIEW; measured).
BEGIN;
SET lock_timeout = '5s';
REFRESH MATERIALIZED VIEW CONCURRENTLY order_stats;
COMMIT;
