-- Verdict: volatile-default (a documented over-report). The function is IMMUTABLE, so Postgres stores one value
-- (measured: no rewrite), but a linter cannot see a function's volatility from the migration alone: launchgate
-- treats a function it does not know as volatile.
-- squawk volatile-default: squawk assumes a function it does not know is safe; launchgate assumes the opposite (fail closed): the apply check would not see a rewrite either.
-- squawk prefer-bigint-over-int: the column is not a key (no id name, no primary or foreign key); launchgate flags integer keys only, which grow with every row.
-- setup: CREATE FUNCTION default_priority() RETURNS int IMMUTABLE LANGUAGE sql AS 'SELECT 1'
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN priority int DEFAULT default_priority();
