-- Verdict: volatile-default. nextval() differs per row: Postgres fills every row and rewrites the table (measured:
-- new relfilenode).
-- setup: CREATE SEQUENCE invoice_numbers
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN number bigint DEFAULT nextval('invoice_numbers');
