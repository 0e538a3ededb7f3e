-- Verdict: safe: CREATE MATERIALIZED VIEW makes a new relation; its index blocks nobody.
CREATE MATERIALIZED VIEW order_stats AS SELECT count(*) AS n FROM orders;
CREATE INDEX order_stats_n ON order_stats (n);
