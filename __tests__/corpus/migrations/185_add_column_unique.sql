-- Verdict: unique-without-index. ADD COLUMN … UNIQUE builds a unique index under ACCESS EXCLUSIVE (measured).
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN code text UNIQUE;
