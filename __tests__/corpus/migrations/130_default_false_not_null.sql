-- Verdict: safe. NOT NULL DEFAULT false is a fast default (measured: no rewrite, no scan). The shape of
-- supabase/auth migrations/20221215195500_modify_users_email_unique_index.up.sql.
SET lock_timeout = '5s';
ALTER TABLE ONLY users ADD COLUMN IF NOT EXISTS is_sso_user boolean NOT NULL DEFAULT false;
