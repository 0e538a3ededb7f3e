-- Verdict: safe. timestamp(3) with time zone is timestamptz.
CREATE TABLE logins (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamp(3) with time zone NOT NULL);
