-- Verdict: safe: now() is stable within the statement: evaluated once, stored in the catalog (Postgres 11+).
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN seen_at timestamptz DEFAULT now();
