-- Verdict: safe: a nullable column without default is a catalog change.
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note text;
