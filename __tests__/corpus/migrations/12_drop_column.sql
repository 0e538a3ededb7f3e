-- Verdict: drop-column. A catalog change (brief ACCESS EXCLUSIVE, measured: no rewrite), but the running app may
-- still select or insert the column.
SET lock_timeout = '5s';
ALTER TABLE orders DROP COLUMN legacy_ref;
