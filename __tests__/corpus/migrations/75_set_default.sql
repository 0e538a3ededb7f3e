-- Verdict: safe: SET DEFAULT changes the catalog only.
SET lock_timeout = '5s';
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';
