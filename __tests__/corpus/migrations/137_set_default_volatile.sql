-- Verdict: safe. SET DEFAULT changes only what new rows get; existing rows are untouched (Postgres docs, ALTER
-- TABLE SET DEFAULT; measured: no rewrite).
SET lock_timeout = '5s';
ALTER TABLE orders ALTER COLUMN ref SET DEFAULT gen_random_uuid()::text;
