-- Verdict: validate-under-lock. The NOT NULL check pattern done in one transaction: VALIDATE scans under the ACCESS
-- EXCLUSIVE lock ADD took (measured).
-- setup: UPDATE orders SET note = 'x'
BEGIN;
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT note_nn CHECK (note IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT note_nn;
COMMIT;
