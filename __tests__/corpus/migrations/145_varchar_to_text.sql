-- Verdict: change-column-type (a documented choice). varchar(n) to text is binary coercible: no rewrite (measured),
-- but the migration alone does not say the column's current type, and from any other type the change rewrites the
-- table: launchgate flags every type change.
SET lock_timeout = '5s';
ALTER TABLE users ALTER COLUMN name TYPE text;
