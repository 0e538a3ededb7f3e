-- Verdict: require-lock-timeout. CREATE POLICY takes ACCESS EXCLUSIVE on its table (measured), a brief catalog
-- change that queues every query while it waits.
CREATE POLICY orders_read ON orders FOR SELECT USING (true);
