-- Verdict: identifier-too-long: a 64-byte table name is cut to 63 bytes with only a NOTICE; later migrations naming
-- it in full would still work, code comparing names would not.
CREATE TABLE aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
