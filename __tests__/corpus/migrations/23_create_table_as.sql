-- Verdict: safe. CREATE TABLE … AS makes a new, unused table; "public"."t2" and t2 are the same table, so
-- the plain CREATE INDEX on it is exempt like one on a table made by CREATE TABLE.
-- squawk require-concurrent-index-creation: CREATE TABLE … AS made the table in the same migration: it is empty and unused, so the index blocks nobody.
-- squawk require-lock-timeout: the table is created in the same migration: no other session can hold a lock on it; orders is only read (ACCESS SHARE, measured).
CREATE TABLE "public"."order_totals" AS SELECT id, amount FROM orders;
CREATE INDEX order_totals_amount ON order_totals (amount);
