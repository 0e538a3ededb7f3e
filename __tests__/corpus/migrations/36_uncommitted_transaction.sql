-- Verdict: ban-uncommitted-transaction: BEGIN without COMMIT; what happens to the open transaction depends on the
-- tool.
-- setup: ALTER TABLE orders DROP COLUMN note
BEGIN;
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN note text;
