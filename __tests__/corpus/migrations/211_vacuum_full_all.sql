-- Verdict: vacuum-full. VACUUM FULL with no table rewrites every table of the database.
VACUUM FULL;
