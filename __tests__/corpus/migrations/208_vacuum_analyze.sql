-- Verdict: safe. VACUUM (ANALYZE) takes SHARE UPDATE EXCLUSIVE: reads and writes go on (Postgres docs, VACUUM).
VACUUM (ANALYZE) orders;
