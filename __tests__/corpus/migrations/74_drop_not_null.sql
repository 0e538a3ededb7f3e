-- Verdict: safe: DROP NOT NULL is a catalog change (brief lock, lock_timeout set).
SET lock_timeout = '5s';
ALTER TABLE orders ALTER COLUMN customer_ref DROP NOT NULL;
