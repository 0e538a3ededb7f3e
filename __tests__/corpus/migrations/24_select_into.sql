-- Verdict: safe. SELECT … INTO creates a new table, exempt like CREATE TABLE.
SELECT id, amount INTO order_copy FROM orders;
CREATE INDEX order_copy_amount ON public.order_copy (amount);
