-- Verdict: safe: VALIDATE CONSTRAINT in its own migration takes SHARE UPDATE EXCLUSIVE only.
-- setup: ALTER TABLE orders ADD CONSTRAINT amount_positive CHECK (amount > 0) NOT VALID
SET lock_timeout = '5s';
ALTER TABLE orders VALIDATE CONSTRAINT amount_positive;
