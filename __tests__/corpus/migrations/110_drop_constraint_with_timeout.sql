-- Verdict: safe. DROP CONSTRAINT is a catalog change under ACCESS EXCLUSIVE (measured: no scan), bounded by
-- lock_timeout.
-- setup: ALTER TABLE orders ADD CONSTRAINT orders_amount_check CHECK (amount > 0)
SET lock_timeout = '5s';
ALTER TABLE orders DROP CONSTRAINT orders_amount_check;
