-- Verdict: constraint-not-valid: a CHECK without NOT VALID scans every row under ACCESS EXCLUSIVE.
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT amount_positive CHECK (amount > 0);
