-- Verdict: require-concurrent-index. order_stats exists: the index build blocks the next REFRESH and takes SHARE
-- (measured).
SET lock_timeout = '5s';
CREATE INDEX order_stats_n ON order_stats (n);
