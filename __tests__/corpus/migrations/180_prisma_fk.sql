-- Verdict: constraint-not-valid. Prisma's foreign key (documenso
-- packages/prisma/migrations/20230404095503_initial_migration/migration.sql) on tables that exist: a full
-- validation under SHARE ROW EXCLUSIVE (measured).
SET lock_timeout = '5s';
ALTER TABLE "orders" ADD CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
