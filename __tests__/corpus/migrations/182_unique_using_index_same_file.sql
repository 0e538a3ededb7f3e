-- Verdict: safe. The unique index is built CONCURRENTLY (outside a transaction), then attached with USING INDEX: a
-- catalog change (measured: no scan).
CREATE UNIQUE INDEX CONCURRENTLY orders_customer_ref_idx ON orders (customer_ref);
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_customer_ref_key UNIQUE USING INDEX orders_customer_ref_idx;
