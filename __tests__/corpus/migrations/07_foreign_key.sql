-- Verdict: constraint-not-valid. ADD FOREIGN KEY validates every row while holding SHARE ROW EXCLUSIVE on both
-- tables, which blocks writes (Postgres docs, ALTER TABLE ADD table_constraint; measured: 1 scan of each).
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
