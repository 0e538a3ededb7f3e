-- Verdict: safe: plain VACUUM takes SHARE UPDATE EXCLUSIVE and lets reads and writes go on.
VACUUM orders;
