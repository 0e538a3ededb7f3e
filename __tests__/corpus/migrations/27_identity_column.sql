-- Verdict: volatile-default. Every existing row gets an identity value, so Postgres rewrites the table under an
-- ACCESS EXCLUSIVE lock (its relfilenode changed on Postgres 15).
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
