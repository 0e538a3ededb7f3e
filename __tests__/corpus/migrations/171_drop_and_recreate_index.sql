-- Verdict: require-concurrent-index-drop and require-concurrent-index. supabase/auth
-- migrations/20220114185221_update_user_idx.up.sql: DROP INDEX takes ACCESS EXCLUSIVE on users, the new index SHARE
-- for its build (measured).
-- setup: CREATE INDEX users_email_idx ON users (email)
SET lock_timeout = '5s';
DROP INDEX IF EXISTS users_email_idx;
CREATE INDEX IF NOT EXISTS users_email_idx ON users USING btree (lower(email));
