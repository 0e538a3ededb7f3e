-- Verdict: safe. DROP VIEW IF EXISTS under lock_timeout; launchgate does not track view users.
SET lock_timeout = '5s';
DROP VIEW IF EXISTS recent_orders;
