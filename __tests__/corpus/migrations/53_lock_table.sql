-- Verdict: lock-table: an explicit ACCESS EXCLUSIVE lock for the rest of the transaction.
SET lock_timeout = '5s';
BEGIN;
LOCK TABLE orders;
COMMIT;
