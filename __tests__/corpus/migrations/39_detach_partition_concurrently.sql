-- Verdict: safe: DETACH PARTITION CONCURRENTLY takes SHARE UPDATE EXCLUSIVE on the parent (Postgres 14+).
SET lock_timeout = '5s';
ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;
