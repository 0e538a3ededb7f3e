-- Verdict: safe. BEGIN … ROLLBACK is closed (a dry run); nothing is left open.
BEGIN;
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN note2 text;
ROLLBACK;
