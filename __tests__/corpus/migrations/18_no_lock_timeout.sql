-- Verdict: require-lock-timeout. ADD COLUMN takes ACCESS EXCLUSIVE (measured); waiting for it behind a long
-- query queues every other query on orders, with no lock_timeout to give up.
-- setup: ALTER TABLE orders DROP COLUMN note
ALTER TABLE orders ADD COLUMN note text;
