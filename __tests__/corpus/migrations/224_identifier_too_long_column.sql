-- Verdict: identifier-too-long. A 64-byte column name is cut to 63 bytes.
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc text;
