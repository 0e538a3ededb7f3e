-- Verdict: safe. CREATE EXTENSION locks no user table.
CREATE EXTENSION citext;
