-- Verdict: safe. CREATE TABLE … AS makes a new, unused table; "public"."t2" and t2 are the same table, so
-- the plain CREATE INDEX on it is exempt like one on a table made by CREATE TABLE.
CREATE TABLE "public"."order_totals" AS SELECT id, amount FROM orders;
CREATE INDEX order_totals_amount ON order_totals (amount);
