-- Verdict: identifier-too-long. 33 two-byte characters are 66 bytes: Postgres cuts at 63 bytes without splitting a
-- character.
CREATE TABLE "ééééééééééééééééééééééééééééééééé" (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
