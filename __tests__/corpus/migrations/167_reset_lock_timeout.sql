-- Verdict: require-lock-timeout. RESET lock_timeout goes back to the server default, 0 (wait forever).
-- squawk require-lock-timeout: RESET lock_timeout goes back to the default, 0 (no timeout); squawk does not track RESET.
SET lock_timeout = '5s';
RESET lock_timeout;
ALTER TABLE orders ADD COLUMN note2 text;
