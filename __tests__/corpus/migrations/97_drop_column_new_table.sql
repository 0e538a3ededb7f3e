-- Verdict: safe: dropping a column of a table made in the same migration.
-- squawk ban-drop-column: the table was created in the same migration: no running code uses it.
CREATE TABLE drafts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tmp text);
ALTER TABLE drafts DROP COLUMN tmp;
