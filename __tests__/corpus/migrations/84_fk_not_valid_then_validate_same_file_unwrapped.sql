-- Verdict: safe: outside a transaction each statement commits on its own, so VALIDATE does not run under the ADD's
-- lock.
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
