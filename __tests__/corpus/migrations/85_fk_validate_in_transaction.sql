-- Verdict: validate-under-lock: the NOT VALID foreign key took SHARE ROW EXCLUSIVE on both tables, held until
-- COMMIT, while VALIDATE scans.
BEGIN;
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
COMMIT;
