-- Verdict: safe. CONCURRENTLY with IF NOT EXISTS: SHARE UPDATE EXCLUSIVE, reads and writes go on (measured: run
-- alone, 2 scans).
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_amount_idx ON orders (amount);
