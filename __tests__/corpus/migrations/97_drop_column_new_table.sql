-- Verdict: safe: dropping a column of a table made in the same migration.
CREATE TABLE drafts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tmp text);
ALTER TABLE drafts DROP COLUMN tmp;
