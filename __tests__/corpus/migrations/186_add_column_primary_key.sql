-- Verdict: adding-not-null-column and unique-without-index. A new PRIMARY KEY column is NOT NULL with no value
-- (measured: the statement fails on a table with rows) and builds an index under ACCESS EXCLUSIVE.
-- squawk adding-not-null-column: squawk names this adding-serial-primary-key-field; launchgate also says why it fails: a PRIMARY KEY column is NOT NULL with no value for existing rows (measured: "contains null values").
SET lock_timeout = '5s';
ALTER TABLE legacy ADD COLUMN key bigint PRIMARY KEY;
