-- Verdict: safe. A DO block that only updates rows: ROW EXCLUSIVE (measured), like a plain UPDATE. The shape of
-- supabase/auth migrations/20221215195800_add_identities_email_column.up.sql (its backfill).
DO $$
BEGIN
  UPDATE orders SET note = 'migrated' WHERE note IS NULL;
END $$;
