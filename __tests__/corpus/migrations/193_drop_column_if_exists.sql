-- Verdict: drop-column. IF EXISTS does not change what the running app sees.
SET lock_timeout = '5s';
ALTER TABLE orders DROP COLUMN IF EXISTS legacy_ref;
