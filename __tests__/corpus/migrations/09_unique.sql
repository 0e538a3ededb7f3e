-- Verdict: unique-without-index. ADD UNIQUE builds its index under ACCESS EXCLUSIVE (measured: AccessExclusiveLock
-- and a full scan).
-- squawk constraint-missing-not-valid: Postgres cannot add a UNIQUE constraint NOT VALID; the safe path is USING INDEX, which unique-without-index says.
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_ref_key UNIQUE (ref);
