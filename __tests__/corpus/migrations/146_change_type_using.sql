-- Verdict: change-column-type. USING recomputes every value: a rewrite under ACCESS EXCLUSIVE (measured: new
-- relfilenode).
SET lock_timeout = '5s';
ALTER TABLE orders ALTER COLUMN customer_ref TYPE bigint USING NULLIF(regexp_replace(customer_ref, '\D', '', 'g'), '')::bigint;
