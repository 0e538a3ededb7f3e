-- Verdict: safe: dropping a table created in the same migration.
CREATE TABLE scratch (id bigint);
DROP TABLE scratch;
