-- Verdict: volatile-default. A STORED generated column is computed for every existing row: a rewrite (measured).
-- The shape of supabase/auth migrations/20221215195800_add_identities_email_column.up.sql.
SET lock_timeout = '5s';
ALTER TABLE ONLY users ADD COLUMN IF NOT EXISTS email_lower text GENERATED ALWAYS AS (lower(email)) STORED;
