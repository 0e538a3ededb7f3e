-- Verdict: safe. NOT VALID skips the scan; outside a transaction the ADD commits, and VALIDATE then scans under
-- SHARE UPDATE EXCLUSIVE only (Postgres docs, ALTER TABLE VALIDATE CONSTRAINT; measured).
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
