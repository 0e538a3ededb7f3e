-- Verdict: drop-column. CASCADE also drops views over the column (order_summary here).
SET lock_timeout = '5s';
ALTER TABLE orders DROP COLUMN amount CASCADE;
