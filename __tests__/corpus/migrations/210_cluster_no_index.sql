-- Verdict: cluster and require-lock-timeout. CLUSTER on the index marked before rewrites the table under ACCESS
-- EXCLUSIVE (measured).
-- setup: ALTER TABLE orders CLUSTER ON orders_pkey
CLUSTER orders;
