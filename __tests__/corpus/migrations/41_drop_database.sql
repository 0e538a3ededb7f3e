-- Verdict: ban-drop-database: a migration has no business dropping a database.
DROP DATABASE legacy;
