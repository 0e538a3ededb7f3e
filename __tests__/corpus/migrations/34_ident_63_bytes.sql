-- Verdict: safe: exactly 63 bytes is the limit Postgres keeps whole.
CREATE TABLE aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
