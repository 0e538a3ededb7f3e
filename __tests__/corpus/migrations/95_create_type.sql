-- Verdict: safe: a new enum type.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');
