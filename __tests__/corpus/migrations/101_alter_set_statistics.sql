-- Verdict: safe. SET STATISTICS takes SHARE UPDATE EXCLUSIVE (Postgres docs, ALTER TABLE: "SET STATISTICS acquires
-- a SHARE UPDATE EXCLUSIVE lock"), which blocks neither reads nor writes: no lock_timeout needed.
ALTER TABLE orders ALTER COLUMN status SET STATISTICS 500;
