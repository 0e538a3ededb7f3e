-- Verdict: safe: renaming a table created in the same migration breaks nobody.
-- squawk renaming-table: the table was created in the same migration: no running code uses it.
CREATE TABLE draft (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
ALTER TABLE draft RENAME TO drafts;
