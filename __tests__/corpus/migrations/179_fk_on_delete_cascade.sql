-- Verdict: constraint-not-valid. A valid foreign key with ON DELETE CASCADE scans orders under SHARE ROW EXCLUSIVE
-- on both tables (measured). The shape of supabase/auth migrations/20220811173540_add_sessions_table.up.sql.
SET lock_timeout = '5s';
ALTER TABLE audit_log ADD CONSTRAINT audit_log_order_fkey FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE;
