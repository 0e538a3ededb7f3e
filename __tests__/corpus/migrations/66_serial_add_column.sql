-- Verdict: volatile-default and prefer-identity: adding a serial column fills every row from the sequence (a
-- rewrite).
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN seq bigserial;
