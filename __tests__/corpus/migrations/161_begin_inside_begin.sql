-- Verdict: transaction-nesting. The second BEGIN only warns ("there is already a transaction in progress"); the
-- first COMMIT then ends both.
BEGIN;
SET lock_timeout = '5s';
BEGIN;
ALTER TABLE orders ADD COLUMN note2 text;
COMMIT;
