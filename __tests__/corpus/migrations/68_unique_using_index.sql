-- Verdict: safe: the unique index was built CONCURRENTLY; USING INDEX only attaches it.
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_ref_key UNIQUE USING INDEX orders_ref_idx;
