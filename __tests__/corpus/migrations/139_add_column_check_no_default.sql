-- Verdict: constraint-not-valid. Unlike an inline foreign key (case 21), an inline CHECK on a new column without a
-- default is still checked against every row under ACCESS EXCLUSIVE (measured: 1 sequential scan of orders). The
-- safe path: add the column, then ADD CONSTRAINT … CHECK … NOT VALID and VALIDATE.
-- squawk constraint-not-valid: squawk does not look at a CHECK declared inline in ADD COLUMN; Postgres scans the table to check it (measured).
-- squawk prefer-bigint-over-int: the column is not a key (no id name, no primary or foreign key); launchgate flags integer keys only, which grow with every row.
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN qty int CHECK (qty > 0);
