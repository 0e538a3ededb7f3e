-- Verdict: prefer-timestamptz: timestamp without time zone.
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN shipped_at timestamp;
