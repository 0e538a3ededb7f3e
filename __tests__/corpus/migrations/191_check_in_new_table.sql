-- Verdict: safe. A CHECK on a table created in the same migration checks no existing row.
CREATE TABLE discounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, pct numeric CHECK (pct BETWEEN 0 AND 100));
