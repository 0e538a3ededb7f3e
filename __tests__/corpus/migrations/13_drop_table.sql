-- Verdict: drop-table. ACCESS EXCLUSIVE (measured); the running app may still use the table.
SET lock_timeout = '5s';
DROP TABLE legacy_orders;
