-- Verdict: volatile-default. gen_random_uuid() is volatile, so Postgres evaluates it per row and rewrites the
-- table and its indexes under ACCESS EXCLUSIVE (Postgres docs, ALTER TABLE, Notes; measured: new relfilenode).
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();
