-- Verdict: safe: CREATE UNIQUE INDEX CONCURRENTLY.
CREATE UNIQUE INDEX CONCURRENTLY orders_ref_key ON orders (customer_ref);
