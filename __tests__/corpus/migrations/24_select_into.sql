-- Verdict: safe. SELECT … INTO creates a new table, exempt like CREATE TABLE.
-- squawk require-concurrent-index-creation: SELECT … INTO made the table in the same migration: it is empty and unused, so the index blocks nobody.
-- squawk require-lock-timeout: the table is created in the same migration: no other session can hold a lock on it; orders is only read (ACCESS SHARE, measured).
SELECT id, amount INTO order_copy FROM orders;
CREATE INDEX order_copy_amount ON public.order_copy (amount);
