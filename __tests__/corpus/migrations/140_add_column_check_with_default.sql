-- Verdict: constraint-not-valid. An inline CHECK on a new column with a default checks every row under ACCESS
-- EXCLUSIVE (measured: 1 sequential scan).
-- squawk prefer-bigint-over-int: the column is not a key (no id name, no primary or foreign key); launchgate flags integer keys only, which grow with every row.
-- squawk constraint-not-valid: squawk does not look at a CHECK declared inline in ADD COLUMN; Postgres checks every row under ACCESS EXCLUSIVE (measured: 1 scan).
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN qty int DEFAULT 1 CHECK (qty > 0);
