-- Verdict: prefer-text: varchar(n) limits need ACCESS EXCLUSIVE to change later (also on a new table).
CREATE TABLE notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body varchar(500));
