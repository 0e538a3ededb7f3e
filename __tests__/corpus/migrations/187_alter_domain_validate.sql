-- Verdict: alter-domain-add-constraint. Unlike a table's VALIDATE CONSTRAINT, a domain's checks every table using
-- the domain under SHARE, which blocks writes (measured on Postgres 15: ShareLock on payments and a scan).
-- squawk alter-domain-add-constraint: squawk flags ADD CONSTRAINT only; VALIDATE on a domain takes SHARE on every table using it (measured), so it blocks writes while it scans.
-- setup: ALTER DOMAIN positive_amount ADD CONSTRAINT amount_cap CHECK (VALUE < 1000000) NOT VALID
ALTER DOMAIN positive_amount VALIDATE CONSTRAINT amount_cap;
