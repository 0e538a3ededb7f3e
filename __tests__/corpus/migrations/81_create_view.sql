-- Verdict: safe: CREATE VIEW (not OR REPLACE) makes a new view.
-- setup: DROP VIEW recent_orders
CREATE VIEW recent_orders AS SELECT id FROM orders;
