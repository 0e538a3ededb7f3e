-- Verdict: safe: renaming a table created in the same migration breaks nobody.
CREATE TABLE draft (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
ALTER TABLE draft RENAME TO drafts;
