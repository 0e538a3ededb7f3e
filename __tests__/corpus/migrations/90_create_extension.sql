-- Verdict: safe: creating an extension locks no user table.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
