-- Verdict: prefer-identity and prefer-bigint. serial4 is serial.
CREATE TABLE levels (id serial4 PRIMARY KEY, name text);
