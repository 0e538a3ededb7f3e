-- Verdict: require-concurrent-index. CREATE INDEX takes SHARE on the table (blocks INSERT/UPDATE/DELETE, not
-- SELECT) for the whole build, which scans it (Postgres docs, CREATE INDEX, "Building Indexes Concurrently";
-- measured: ShareLock and 1 sequential scan of orders).
-- squawk require-lock-timeout: CREATE INDEX takes a SHARE lock (measured), reported as require-concurrent-index, whose fix (CONCURRENTLY) needs no lock_timeout; launchgate asks for lock_timeout before ACCESS EXCLUSIVE, EXCLUSIVE and SHARE ROW EXCLUSIVE locks.
CREATE INDEX orders_customer ON orders (customer_id);
