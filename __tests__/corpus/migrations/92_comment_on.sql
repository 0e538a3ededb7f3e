-- Verdict: safe: COMMENT ON takes a brief SHARE UPDATE EXCLUSIVE lock.
COMMENT ON TABLE orders IS 'customer orders';
