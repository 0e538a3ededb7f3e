-- Verdict: change-column-type. Prisma's SET DATA TYPE DECIMAL(65,30) from INTEGER rewrites the table (documenso
-- packages/prisma/migrations/20230621133446_migrate_field_position_to_float/migration.sql; measured).
SET lock_timeout = '5s';
ALTER TABLE warehouses ALTER COLUMN "id" SET DATA TYPE DECIMAL(65,30);
