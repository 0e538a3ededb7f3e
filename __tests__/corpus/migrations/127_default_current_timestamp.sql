-- Verdict: safe. CURRENT_TIMESTAMP is stable: one value for the statement, stored in the catalog (measured: no
-- rewrite).
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN touched_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP;
