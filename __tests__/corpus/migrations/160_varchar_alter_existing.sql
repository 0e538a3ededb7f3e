-- Verdict: prefer-text. A new varchar(n) column on an existing table: the limit needs ACCESS EXCLUSIVE to change
-- later.
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN currency varchar(3);
