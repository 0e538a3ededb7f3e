-- Verdict: rename-table: the running app still uses the old name.
SET lock_timeout = '5s';
ALTER TABLE orders RENAME TO purchases;
