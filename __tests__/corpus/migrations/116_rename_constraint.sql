-- Verdict: safe. RENAME CONSTRAINT is a catalog change (ACCESS EXCLUSIVE, measured) bounded by lock_timeout; the
-- app does not name constraints in queries.
SET lock_timeout = '5s';
ALTER TABLE orders RENAME CONSTRAINT orders_pkey TO orders_id_pkey;
