-- Verdict: safe. The table is created in the same migration: it is empty and nobody uses it.
CREATE TABLE staging (id bigint);
TRUNCATE staging;
