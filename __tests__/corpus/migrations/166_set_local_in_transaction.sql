-- Verdict: safe. SET LOCAL applies to the ALTER in the same transaction.
BEGIN;
SET LOCAL lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN note2 text;
COMMIT;
