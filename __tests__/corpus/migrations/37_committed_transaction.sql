-- Verdict: safe: the explicit transaction is committed.
BEGIN;
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
