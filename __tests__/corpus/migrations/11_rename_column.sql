-- Verdict: rename-column. A catalog change (brief ACCESS EXCLUSIVE, measured), but the running app still
-- queries the old name and fails until it is redeployed.
SET lock_timeout = '5s';
ALTER TABLE orders RENAME COLUMN ref TO reference;
