-- Verdict: safe. The view is created in the same migration, then replaced: nobody reads it yet.
CREATE VIEW big_orders AS SELECT id FROM orders WHERE amount > 100;
CREATE OR REPLACE VIEW big_orders AS SELECT id, amount FROM orders WHERE amount > 100;
