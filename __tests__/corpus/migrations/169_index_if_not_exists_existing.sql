-- Verdict: require-concurrent-index. IF NOT EXISTS does not change the lock: SHARE for the whole build (measured).
-- The shape of supabase/auth migrations/20221020193600_add_sessions_user_id_index.up.sql.
SET lock_timeout = '5s';
CREATE INDEX IF NOT EXISTS users_email_idx ON users (email);
