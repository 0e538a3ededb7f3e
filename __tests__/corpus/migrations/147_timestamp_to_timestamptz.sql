-- Verdict: change-column-type. timestamp to timestamptz rewrites the table unless the session time zone is UTC
-- (Postgres 12+: measured here, in UTC, no rewrite), so whether it rewrites depends on the server's settings; lemmy
-- migrations/2023-08-02-174444_fix-timezones/up.sql does this to every table.
SET lock_timeout = '5s';
ALTER TABLE users ALTER COLUMN created_at TYPE timestamptz;
