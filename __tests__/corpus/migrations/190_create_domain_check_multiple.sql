-- Verdict: create-domain-with-constraint (notice). Two CHECKs on one domain.
CREATE DOMAIN percent AS numeric CHECK (VALUE >= 0) CHECK (VALUE <= 100);
