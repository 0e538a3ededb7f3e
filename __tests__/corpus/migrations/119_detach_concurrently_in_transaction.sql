-- Verdict: concurrently-in-transaction. DETACH PARTITION CONCURRENTLY cannot run in a transaction block (Postgres
-- docs, ALTER TABLE; measured: the statement fails).
-- squawk concurrently-in-transaction: squawk's ban-concurrent-index-creation-in-transaction covers CREATE INDEX only; Postgres refuses this statement in a transaction block too (measured: the migration fails).
BEGIN;
SET lock_timeout = '5s';
ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;
COMMIT;
