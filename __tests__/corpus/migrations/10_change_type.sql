-- Verdict: change-column-type. numeric to numeric(12,2) must check and round each value: the table and its
-- indexes are rewritten under ACCESS EXCLUSIVE (measured: new relfilenode).
-- setup: DROP VIEW order_summary
SET lock_timeout = '5s';
ALTER TABLE orders ALTER COLUMN amount TYPE numeric(12,2);
