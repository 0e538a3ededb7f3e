-- Verdict: safe on Postgres 11+: a constant default is stored in the catalog, no rewrite, and NOT NULL holds for
-- every row.
-- setup: ALTER TABLE orders DROP COLUMN status CASCADE
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';
