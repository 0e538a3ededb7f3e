-- Verdict: safe. GRANT takes no lock on the table (measured).
GRANT ALL ON orders TO reporting;
