-- Verdict: require-concurrent-index. An index on a partitioned table locks every partition SHARE while it builds
-- (measured); Postgres cannot build it CONCURRENTLY on the parent, so the safe path is CONCURRENTLY on each
-- partition, then ATTACH.
SET lock_timeout = '5s';
CREATE INDEX events_at ON events (at);
