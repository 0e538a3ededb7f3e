-- Verdict: drop-column. documenso packages/prisma/migrations/20230829180915_recipient_id_for_user_id/migration.sql
-- drops a column in use.
SET lock_timeout = '5s';
ALTER TABLE "orders" DROP COLUMN "note",
ADD COLUMN "recipient_id" INTEGER;
