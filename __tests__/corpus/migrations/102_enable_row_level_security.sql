-- Verdict: require-lock-timeout. ENABLE ROW LEVEL SECURITY takes ACCESS EXCLUSIVE (measured), a catalog change that
-- queues every query on the table while it waits.
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
