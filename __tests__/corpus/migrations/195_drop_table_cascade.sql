-- Verdict: drop-table. CASCADE also drops the views and foreign keys that use it.
SET lock_timeout = '5s';
DROP TABLE legacy_orders CASCADE;
