-- Verdict: prefer-bigint: an int key column overflows at 2.1 billion; the inline foreign key on a new column
-- without default is safe.
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN warehouse_id int REFERENCES warehouses (id);
