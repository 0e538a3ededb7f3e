-- Verdict: safe: CREATE VIEW (not OR REPLACE) makes a new view.
CREATE VIEW recent_orders AS SELECT id FROM orders;
