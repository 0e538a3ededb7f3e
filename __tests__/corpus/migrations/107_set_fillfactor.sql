-- Verdict: safe. SET (fillfactor) takes SHARE UPDATE EXCLUSIVE (Postgres docs, ALTER TABLE SET storage_parameter;
-- measured): no rewrite, reads and writes go on.
ALTER TABLE orders SET (fillfactor = 90);
