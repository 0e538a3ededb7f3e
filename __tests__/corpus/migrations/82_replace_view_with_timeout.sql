-- Verdict: safe: the view's ACCESS EXCLUSIVE lock is bounded by lock_timeout.
SET lock_timeout = '5s';
CREATE OR REPLACE VIEW recent_orders AS SELECT id, amount FROM orders;
