-- Verdict: safe: CREATE MATERIALIZED VIEW makes a new relation; its index blocks nobody.
-- squawk require-concurrent-index-creation: the materialized view was created in the same migration: nobody reads it yet.
-- setup: DROP MATERIALIZED VIEW order_stats
CREATE MATERIALIZED VIEW order_stats AS SELECT count(*) AS n FROM orders;
CREATE INDEX order_stats_n ON order_stats (n);
