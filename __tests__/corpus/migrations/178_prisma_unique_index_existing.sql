-- Verdict: require-concurrent-index. The same Prisma unique index, on a table that already exists (SHARE for the
-- build, measured).
SET lock_timeout = '5s';
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");
