-- Verdict: require-lock-timeout. SET STORAGE takes ACCESS EXCLUSIVE (measured on Postgres 15; docs ALTER TABLE).
ALTER TABLE orders ALTER COLUMN note SET STORAGE EXTERNAL;
