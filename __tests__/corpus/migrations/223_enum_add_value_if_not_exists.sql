-- Verdict: require-enum-value-ordering (notice). IF NOT EXISTS does not say where the value goes. Prisma writes
-- this shape (documenso packages/prisma/migrations/20230505091928_add_past_due_value/migration.sql).
ALTER TYPE "order_status" ADD VALUE IF NOT EXISTS 'PAST_DUE';
