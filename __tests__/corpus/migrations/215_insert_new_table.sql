-- Verdict: safe. Seed rows in a table created in the same migration.
CREATE TABLE plans (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
INSERT INTO plans (name) VALUES ('free'), ('pro');
