-- Verdict: concurrently-in-transaction. Postgres refuses CREATE INDEX CONCURRENTLY inside a transaction block
-- (measured: "cannot run inside a transaction block"): the migration fails.
-- squawk require-lock-timeout: CREATE INDEX CONCURRENTLY takes SHARE UPDATE EXCLUSIVE; here it fails outright inside BEGIN (measured), which concurrently-in-transaction reports.
BEGIN;
CREATE INDEX CONCURRENTLY orders_status ON orders (status);
COMMIT;
