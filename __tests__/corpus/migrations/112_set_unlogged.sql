-- Verdict: table-rewrite. SET UNLOGGED rewrites the table into a new file under ACCESS EXCLUSIVE (Postgres docs,
-- ALTER TABLE SET LOGGED/UNLOGGED; measured: new relfilenode).
SET lock_timeout = '5s';
ALTER TABLE legacy SET UNLOGGED;
