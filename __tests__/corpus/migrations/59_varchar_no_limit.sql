-- Verdict: safe: varchar without a limit is text.
CREATE TABLE notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body varchar);
