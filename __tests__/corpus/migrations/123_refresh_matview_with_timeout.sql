-- Verdict: refresh-without-concurrently. With lock_timeout set the wait is bounded, but the refresh itself runs
-- under ACCESS EXCLUSIVE: every reader of the view waits for the whole rebuild (measured: new relfilenode under
-- AccessExclusiveLock).
SET lock_timeout = '5s';
REFRESH MATERIALIZED VIEW order_stats;
