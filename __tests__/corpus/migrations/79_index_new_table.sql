-- Verdict: safe: a plain index on a table made in the same migration.
CREATE TABLE refunds (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, order_id bigint);
CREATE INDEX refunds_order ON refunds (order_id);
