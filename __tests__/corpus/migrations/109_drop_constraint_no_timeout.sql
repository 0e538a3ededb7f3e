-- Verdict: require-lock-timeout. DROP CONSTRAINT takes ACCESS EXCLUSIVE (measured), brief, but queues every query
-- while it waits.
-- setup: ALTER TABLE orders ADD CONSTRAINT orders_amount_check CHECK (amount > 0)
ALTER TABLE orders DROP CONSTRAINT orders_amount_check;
