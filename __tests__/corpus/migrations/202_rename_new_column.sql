-- Verdict: safe. The column was added in the same migration: no running code uses it.
-- squawk renaming-column: the table was created in the same migration: no running code uses the column.
CREATE TABLE drafts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, titel text);
ALTER TABLE drafts RENAME COLUMN titel TO title;
