-- Verdict: safe: the explicit transaction is committed.
-- setup: ALTER TABLE orders DROP COLUMN note
BEGIN;
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
