-- Verdict: volatile-default. random() is volatile: a rewrite (measured: new relfilenode).
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN bucket double precision DEFAULT random();
