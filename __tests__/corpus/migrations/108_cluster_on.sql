-- Verdict: safe. CLUSTER ON only marks the index (SHARE UPDATE EXCLUSIVE, Postgres docs, ALTER TABLE; measured); it
-- does not cluster.
ALTER TABLE orders CLUSTER ON orders_pkey;
