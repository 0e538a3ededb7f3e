-- Verdict: identifier-too-long. A constraint name over 63 bytes is cut; a later DROP CONSTRAINT by the full name
-- fails.
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_amount_must_be_positive_and_below_one_million_check_constraint CHECK (amount > 0) NOT VALID;
