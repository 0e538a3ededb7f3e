-- Verdict: safe. The same ACCESS EXCLUSIVE catalog change as CREATE POLICY without a timeout, bounded by
-- lock_timeout (a supabase-style policy).
SET lock_timeout = '5s';
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_read ON orders FOR SELECT USING (true);
