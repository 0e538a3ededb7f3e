-- Verdict: change-column-type: most type changes rewrite the table; launchgate flags every one (the app may not
-- read the new type).
-- squawk prefer-text-field: the statement is already an error as change-column-type, whose safe path (a new column) lets the author pick text.
SET lock_timeout = '5s';
ALTER TABLE orders ALTER COLUMN customer_ref TYPE varchar(100);
