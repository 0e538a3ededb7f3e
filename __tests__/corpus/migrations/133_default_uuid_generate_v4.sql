-- Verdict: volatile-default. uuid_generate_v4() is volatile: a rewrite (measured).
-- setup: CREATE EXTENSION IF NOT EXISTS "uuid-ossp"
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN public_id uuid DEFAULT uuid_generate_v4();
