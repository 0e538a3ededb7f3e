-- Verdict: constraint-not-valid. With any default, even DEFAULT NULL, Postgres validates the new foreign key
-- by scanning the table under the ALTER TABLE lock (1 sequential scan, checked on Postgres 15).
-- squawk constraint-not-valid: squawk does not look at a foreign key declared inline in ADD COLUMN; with a default, Postgres validates it by scanning the table under the ALTER TABLE lock (measured: 1 sequential scan).
-- setup: ALTER TABLE orders DROP COLUMN customer_id
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN customer_id bigint DEFAULT NULL REFERENCES customers (id);
