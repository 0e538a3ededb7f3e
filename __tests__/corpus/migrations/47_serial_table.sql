-- Verdict: prefer-identity (notice) and prefer-bigint: a serial key is an int4 with a loosely owned sequence.
CREATE TABLE tags (id serial PRIMARY KEY, name text NOT NULL);
