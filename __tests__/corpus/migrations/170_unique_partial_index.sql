-- Verdict: require-concurrent-index. A partial unique index builds under SHARE like any other (measured). The shape
-- of supabase/auth migrations/20221215195500_modify_users_email_unique_index.up.sql.
SET lock_timeout = '5s';
CREATE UNIQUE INDEX IF NOT EXISTS users_email_partial_key ON users (email) WHERE (name IS NOT NULL);
