-- Verdict: safe: a new enum type.
-- setup: DROP TYPE order_status
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');
