-- Verdict: require-concurrent-index. lemmy migrations/2021-11-23-031528_add_report_published_index/up.sql: a plain
-- index on an existing table (SHARE for the build, measured).
SET lock_timeout = '5s';
CREATE INDEX idx_orders_created_desc ON orders (created_at DESC);
