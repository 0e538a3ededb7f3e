-- Verdict: require-concurrent-index-drop. DROP INDEX takes ACCESS EXCLUSIVE on the table (measured), blocking
-- reads too; DROP INDEX CONCURRENTLY does not (Postgres docs, DROP INDEX).
SET lock_timeout = '5s';
DROP INDEX orders_status;
