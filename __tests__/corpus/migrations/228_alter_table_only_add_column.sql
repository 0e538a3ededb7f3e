-- Verdict: safe. ALTER TABLE ONLY … ADD COLUMN IF NOT EXISTS, nullable, no default: a catalog change (measured).
-- supabase/auth migrations/20221003041400_add_aal_and_factor_id_to_sessions.up.sql.
SET lock_timeout = '5s';
ALTER TABLE ONLY orders ADD COLUMN IF NOT EXISTS factor_id uuid NULL;
