-- Verdict: ban-drop-database.
DROP DATABASE IF EXISTS reporting_copy;
