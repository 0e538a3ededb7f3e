-- Verdict: prefer-timestamptz. timestamp(3) is still without time zone.
CREATE TABLE logins (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamp(3) NOT NULL);
