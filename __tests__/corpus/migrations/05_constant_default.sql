-- Verdict: safe. Since Postgres 11 a constant default is stored in the catalog ("fast default"): no rewrite,
-- no scan, a brief ACCESS EXCLUSIVE under lock_timeout (measured: no scan, same relfilenode).
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN region text DEFAULT 'eu';
