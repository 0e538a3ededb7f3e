-- Verdict: require-concurrent-partition-detach: plain DETACH PARTITION takes ACCESS EXCLUSIVE on the parent
-- (Postgres docs, ALTER TABLE).
SET lock_timeout = '5s';
ALTER TABLE events DETACH PARTITION events_2023;
