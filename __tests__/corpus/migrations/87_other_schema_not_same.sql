-- Verdict: require-concurrent-index: audit.orders is not the orders created here.
-- setup: DROP TABLE orders CASCADE
CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
SET lock_timeout = '5s';
CREATE INDEX audit_orders_id ON audit.orders (id);
