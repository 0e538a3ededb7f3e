-- Verdict: truncate, ban-truncate-cascade, require-lock-timeout.
TRUNCATE orders RESTART IDENTITY CASCADE;
