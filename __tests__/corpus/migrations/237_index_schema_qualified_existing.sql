-- Verdict: require-concurrent-index. audit.orders exists (SHARE for the build, measured).
SET lock_timeout = '5s';
CREATE INDEX audit_orders_id ON audit.orders (id);
