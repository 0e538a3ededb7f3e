-- Verdict: safe: a plain index on a table made in the same migration.
-- squawk require-concurrent-index-creation: the table was created in the same migration: it is empty and unused, so the index blocks nobody.
CREATE TABLE refunds (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, order_id bigint);
CREATE INDEX refunds_order ON refunds (order_id);
