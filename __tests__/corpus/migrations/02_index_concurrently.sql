-- Verdict: safe. CONCURRENTLY takes SHARE UPDATE EXCLUSIVE, which lets reads and writes go on while it scans the
-- table twice (Postgres docs, CREATE INDEX; measured: 2 sequential scans, run outside a transaction).
SET lock_timeout = '5s';
CREATE INDEX CONCURRENTLY orders_customer ON orders (customer_id);
