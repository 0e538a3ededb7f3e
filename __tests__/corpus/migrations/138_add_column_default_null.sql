-- Verdict: safe. DEFAULT NULL is no default at all: a catalog change (measured: no rewrite).
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN coupon text DEFAULT NULL;
