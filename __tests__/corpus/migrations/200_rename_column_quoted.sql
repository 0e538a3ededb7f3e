-- Verdict: rename-column. supabase/auth migrations/20210710035447_alter_users.up.sql renames a column on a table in
-- use; quoted schema and names.
SET lock_timeout = '5s';
ALTER TABLE "public"."users" RENAME COLUMN "email" TO "email_address";
