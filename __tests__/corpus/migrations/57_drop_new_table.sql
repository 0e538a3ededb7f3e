-- Verdict: safe: dropping a table created in the same migration.
-- squawk ban-drop-table: the table was created in the same migration: no running code uses it.
CREATE TABLE scratch (id bigint);
DROP TABLE scratch;
