-- Verdict: create-domain-with-constraint (notice): a CHECK on a domain is costly to change later.
CREATE DOMAIN positive_amount AS numeric CHECK (VALUE > 0);
