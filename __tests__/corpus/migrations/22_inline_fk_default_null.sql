-- Verdict: constraint-not-valid. With any default, even DEFAULT NULL, Postgres validates the new foreign key
-- by scanning the table under the ALTER TABLE lock (1 sequential scan, checked on Postgres 15).
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN customer_id bigint DEFAULT NULL REFERENCES customers (id);
