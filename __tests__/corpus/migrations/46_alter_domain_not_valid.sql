-- Verdict: safe: NOT VALID skips the check of existing rows; VALIDATE later takes a weaker lock.
ALTER DOMAIN positive_amount ADD CONSTRAINT amount_cap CHECK (VALUE < 1000000) NOT VALID;
