-- Verdict: require-lock-timeout. SET LOCAL lasts until the end of its transaction (Postgres docs, SET), so the
-- ALTER after COMMIT runs with no lock_timeout.
-- squawk require-lock-timeout: SET LOCAL ended with its transaction at COMMIT (Postgres docs, SET), so the ALTER after it has no timeout; squawk does not track that.
BEGIN;
SET LOCAL lock_timeout = '5s';
COMMIT;
ALTER TABLE orders ADD COLUMN note2 text;
