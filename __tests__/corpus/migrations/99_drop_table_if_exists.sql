-- Verdict: drop-table: the running app may still read it.
SET lock_timeout = '5s';
DROP TABLE IF EXISTS legacy_orders;
