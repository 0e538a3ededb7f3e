-- Verdict: volatile-default and prefer-identity: adding a serial column fills every row from the sequence (a
-- rewrite).
-- squawk volatile-default: squawk checks DEFAULT expressions only; a serial column fills every row from its sequence, so the table is rewritten (measured: new relfilenode, 4 scans).
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN seq bigserial;
