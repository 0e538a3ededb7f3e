-- Verdict: create-domain-with-constraint (notice): a CHECK on a domain is costly to change later.
-- setup: DROP TABLE payments
-- setup: DROP DOMAIN positive_amount
CREATE DOMAIN positive_amount AS numeric CHECK (VALUE > 0);
