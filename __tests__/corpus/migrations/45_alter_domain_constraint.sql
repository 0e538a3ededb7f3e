-- Verdict: alter-domain-add-constraint: ADD CONSTRAINT on a domain checks every column that uses it.
ALTER DOMAIN positive_amount ADD CONSTRAINT amount_cap CHECK (VALUE < 1000000);
