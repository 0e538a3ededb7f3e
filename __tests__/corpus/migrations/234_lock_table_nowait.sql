-- Verdict: lock-table. NOWAIT fails at once instead of queueing, but once granted the lock is held to COMMIT.
BEGIN;
LOCK TABLE orders IN ACCESS EXCLUSIVE MODE NOWAIT;
COMMIT;
