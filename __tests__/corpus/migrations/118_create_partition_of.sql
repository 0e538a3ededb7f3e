-- Verdict: require-lock-timeout. CREATE TABLE … PARTITION OF locks the existing parent (measured) while it adds the
-- partition.
-- squawk require-lock-timeout: squawk treats CREATE TABLE as a new object; PARTITION OF also takes ACCESS EXCLUSIVE on the existing parent events (measured), which queues every query on it while it waits.
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
