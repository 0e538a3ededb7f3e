-- Verdict: vacuum-full and require-lock-timeout: VACUUM FULL rewrites the table under ACCESS EXCLUSIVE (squawk has no rule).
VACUUM FULL orders;
