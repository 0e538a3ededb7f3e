-- Verdict: safe. documenso packages/prisma/migrations/20230404095503_initial_migration/migration.sql: Prisma
-- creates the table, then its unique index, in one migration; the table is new and empty.
-- squawk require-concurrent-index-creation: "User" is created by the same migration: empty and unused, so the index blocks nobody.
CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
