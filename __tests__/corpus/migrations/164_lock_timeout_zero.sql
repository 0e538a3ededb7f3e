-- Verdict: require-lock-timeout. lock_timeout = 0 means wait forever (Postgres docs, Client Connection Defaults).
-- squawk require-lock-timeout: squawk accepts any SET lock_timeout; 0 disables the timeout (Postgres docs, lock_timeout), so the ALTER can wait forever.
SET lock_timeout = 0;
ALTER TABLE orders ADD COLUMN note2 text;
