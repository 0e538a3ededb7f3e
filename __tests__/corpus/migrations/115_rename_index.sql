-- Verdict: safe. ALTER INDEX … RENAME takes SHARE UPDATE EXCLUSIVE since Postgres 12 (Postgres docs, ALTER INDEX;
-- measured); queries do not name indexes.
ALTER INDEX orders_status RENAME TO orders_status_idx;
