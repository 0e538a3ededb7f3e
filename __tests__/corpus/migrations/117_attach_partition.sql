-- Verdict: safe. ATTACH PARTITION takes SHARE UPDATE EXCLUSIVE on the parent (Postgres 12+, docs ALTER TABLE ATTACH
-- PARTITION) and scans the new partition, a table nobody else uses yet, under ACCESS EXCLUSIVE (measured).
-- measured-ok: the scan under ACCESS EXCLUSIVE is of events_2025, the staging table being attached, which the app does not use yet.
-- setup: CREATE TABLE events_2025 (id bigint, at date NOT NULL)
-- setup: INSERT INTO events_2025 SELECT g, date '2025-01-01' + (g % 300) FROM generate_series(1, 1000) g
SET lock_timeout = '5s';
ALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
