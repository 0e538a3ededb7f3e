-- Verdict: safe. CURRENT_DATE is stable: a fast default (measured: no rewrite).
-- squawk adding-field-with-default: CURRENT_DATE is stable: Postgres stores one value in the catalog (measured: no rewrite, no scan).
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN booked_on date DEFAULT CURRENT_DATE;
