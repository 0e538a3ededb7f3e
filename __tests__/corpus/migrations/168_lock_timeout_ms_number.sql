-- Verdict: safe. lock_timeout = 5000 is 5 seconds (milliseconds by default).
SET lock_timeout = 5000;
ALTER TABLE orders ADD COLUMN note2 text;
