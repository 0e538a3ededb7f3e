-- Verdict: prefer-identity and prefer-bigint. smallserial is a smallint key with a loosely owned sequence.
CREATE TABLE levels (id smallserial PRIMARY KEY, name text);
