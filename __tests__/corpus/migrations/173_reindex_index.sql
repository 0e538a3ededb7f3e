-- Verdict: reindex-without-concurrently. REINDEX INDEX: SHARE on the table, ACCESS EXCLUSIVE on the index
-- (measured).
-- squawk require-lock-timeout: reported as reindex-without-concurrently, whose fix (CONCURRENTLY) needs no lock_timeout; launchgate asks for lock_timeout before ACCESS EXCLUSIVE, EXCLUSIVE and SHARE ROW EXCLUSIVE locks on tables.
REINDEX INDEX orders_status;
