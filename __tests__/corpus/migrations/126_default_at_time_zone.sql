-- Verdict: prefer-timestamptz only. now() AT TIME ZONE 'utc' is timezone('utc', now()): evaluated once, no rewrite
-- (measured); the column type is timestamp without time zone.
-- squawk adding-field-with-default: now() AT TIME ZONE 'utc' is not volatile: Postgres stores one value, no rewrite (measured).
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN paid_at timestamp DEFAULT (now() AT TIME ZONE 'utc');
