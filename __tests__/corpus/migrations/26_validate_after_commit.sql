-- Verdict: safe. The NOT VALID constraint is committed first; VALIDATE then takes only SHARE UPDATE EXCLUSIVE
-- (seen in pg_locks on Postgres 15), which lets reads and writes go on during the scan.
SET lock_timeout = '5s';
BEGIN;
ALTER TABLE orders ADD CONSTRAINT amount_positive CHECK (amount > 0) NOT VALID;
COMMIT;
ALTER TABLE orders VALIDATE CONSTRAINT amount_positive;
