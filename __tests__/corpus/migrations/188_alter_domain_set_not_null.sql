-- Verdict: alter-domain-add-constraint. SET NOT NULL on a domain checks every column that uses it (measured: a scan
-- of payments under SHARE).
-- squawk alter-domain-add-constraint: squawk has no rule for ALTER DOMAIN … SET NOT NULL, which checks every column using the domain under SHARE (measured: a scan of payments).
ALTER DOMAIN positive_amount SET NOT NULL;
