-- Verdict: concurrently-in-transaction. REINDEX CONCURRENTLY cannot run in a transaction block (measured: fails).
-- squawk concurrently-in-transaction: squawk's ban-concurrent-index-creation-in-transaction covers CREATE INDEX only; Postgres refuses this statement in a transaction block too (measured: the migration fails).
BEGIN;
REINDEX INDEX CONCURRENTLY orders_pkey;
COMMIT;
