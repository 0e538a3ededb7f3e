-- Verdict: require-lock-timeout. DROP DEFAULT takes ACCESS EXCLUSIVE (measured).
ALTER TABLE orders ALTER COLUMN created_at DROP DEFAULT;
