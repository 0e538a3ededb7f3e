-- Verdict: table-rewrite. SET LOGGED writes the whole table to WAL in a new file under ACCESS EXCLUSIVE (measured:
-- new relfilenode).
-- setup: ALTER TABLE legacy SET UNLOGGED
SET lock_timeout = '5s';
ALTER TABLE legacy SET LOGGED;
