-- Verdict: drop-table. DROP SCHEMA … CASCADE drops every table in the schema (audit.orders here, measured: ACCESS
-- EXCLUSIVE on it).
-- squawk drop-table: squawk has no rule for DROP SCHEMA … CASCADE, which drops every table in the schema (measured: ACCESS EXCLUSIVE on audit.orders, then gone).
SET lock_timeout = '5s';
DROP SCHEMA audit CASCADE;
