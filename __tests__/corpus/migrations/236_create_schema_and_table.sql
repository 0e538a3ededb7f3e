-- Verdict: safe. A new schema with a new table and index.
-- squawk require-concurrent-index-creation: billing.invoices is created by the same migration: empty and unused, so the index blocks nobody.
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total numeric);
CREATE INDEX invoices_total ON billing.invoices (total);
