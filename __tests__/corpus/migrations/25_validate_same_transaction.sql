-- Verdict: validate-under-lock. ADD CHECK … NOT VALID takes ACCESS EXCLUSIVE (seen in pg_locks on Postgres 15)
-- and a transaction keeps its locks until COMMIT, so the VALIDATE scan after it still blocks every query.
BEGIN;
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT amount_positive CHECK (amount > 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT amount_positive;
COMMIT;
