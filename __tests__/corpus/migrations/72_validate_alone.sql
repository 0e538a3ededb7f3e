-- Verdict: safe: VALIDATE CONSTRAINT in its own migration takes SHARE UPDATE EXCLUSIVE only.
SET lock_timeout = '5s';
ALTER TABLE orders VALIDATE CONSTRAINT amount_positive;
