-- Verdict: change-column-type: most type changes rewrite the table; launchgate flags every one (the app may not
-- read the new type).
SET lock_timeout = '5s';
ALTER TABLE orders ALTER COLUMN customer_ref TYPE varchar(100);
