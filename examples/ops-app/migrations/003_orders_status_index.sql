-- The approvals queue lists pending orders; build its index without blocking writes.
-- golang-migrate style: one statement per file runs outside a transaction, as CONCURRENTLY needs.
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status ON orders (status);
