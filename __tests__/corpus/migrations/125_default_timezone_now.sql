-- Verdict: safe. timezone('utc', now()) is evaluated once for the statement (now() is stable, timezone()
-- immutable), so the value goes in the catalog as a fast default: no rewrite (measured: same relfilenode, no scan).
-- squawk adding-field-with-default: timezone(text, timestamptz) of now() is not volatile: Postgres stores one value, no rewrite (measured).
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN updated_at timestamptz DEFAULT timezone('utc', now());
