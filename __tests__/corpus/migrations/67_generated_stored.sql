-- Verdict: volatile-default: a STORED generated column is computed for every existing row (a rewrite).
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN total numeric GENERATED ALWAYS AS (amount * 2) STORED;
