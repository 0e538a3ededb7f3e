-- Verdict: require-lock-timeout. CREATE OR REPLACE VIEW takes ACCESS EXCLUSIVE on the view (pg_locks, Postgres 15).
CREATE OR REPLACE VIEW order_summary AS SELECT id, amount FROM orders;
