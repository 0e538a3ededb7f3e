-- Verdict: safe. NOT VALID: no scan (measured); SHARE ROW EXCLUSIVE is brief and bounded by lock_timeout.
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN parent_id bigint;
ALTER TABLE orders ADD CONSTRAINT orders_parent_fk FOREIGN KEY (parent_id) REFERENCES orders (id) NOT VALID;
