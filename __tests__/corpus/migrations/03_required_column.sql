-- Verdict: adding-not-null-column. A NOT NULL column without a default cannot be added to a table with rows
-- (measured: "column status contains null values"), and the running app's INSERTs would not set it.
-- setup: ALTER TABLE orders DROP COLUMN status CASCADE
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN status text NOT NULL;
