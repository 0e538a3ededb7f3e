-- Verdict: set-not-null. The CHECK is added and validated in the same ALTER TABLE as SET NOT NULL, and Postgres
-- runs SET NOT NULL's check in the same pass: the scan happens under ACCESS EXCLUSIVE (measured).
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT ref_nn CHECK (ref IS NOT NULL), ALTER COLUMN ref SET NOT NULL;
