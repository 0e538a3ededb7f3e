-- Verdict: require-lock-timeout. REPLICA IDENTITY takes ACCESS EXCLUSIVE (measured).
ALTER TABLE orders REPLICA IDENTITY FULL;
