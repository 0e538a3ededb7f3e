-- Verdict: safe. ANALYZE takes SHARE UPDATE EXCLUSIVE and samples rows.
ANALYZE orders;
