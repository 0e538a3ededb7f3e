-- Verdict: safe: GRANT changes the catalog only.
GRANT SELECT ON orders TO reporting;
