-- Verdict: rename-table. SET SCHEMA moves the table out of the app's search_path: queries by its old name fail, as
-- after a rename (ACCESS EXCLUSIVE, measured).
-- squawk rename-table: squawk has no rule for SET SCHEMA; the table leaves the app's search_path, so its old name stops resolving.
SET lock_timeout = '5s';
ALTER TABLE legacy SET SCHEMA audit;
