-- Verdict: volatile-default: clock_timestamp() differs per row, so every row is rewritten.
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN seen_at timestamptz DEFAULT clock_timestamp();
