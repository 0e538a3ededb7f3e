-- Verdict: prefer-identity (notice): bigserial is wide enough, but identity columns are the standard form.
CREATE TABLE tags (id bigserial PRIMARY KEY, name text NOT NULL);
