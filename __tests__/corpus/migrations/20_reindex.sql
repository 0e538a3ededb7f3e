-- Verdict: reindex-without-concurrently. REINDEX TABLE takes SHARE on the table and ACCESS EXCLUSIVE on each
-- index while it rebuilds them (measured): writes, and reads using those indexes, wait (Postgres docs, REINDEX).
-- squawk require-lock-timeout: reported as reindex-without-concurrently (SHARE on the table, ACCESS EXCLUSIVE on each index, measured), whose fix (CONCURRENTLY) needs no lock_timeout.
REINDEX TABLE orders;
