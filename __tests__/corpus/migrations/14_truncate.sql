-- Verdict: truncate and require-lock-timeout. TRUNCATE takes ACCESS EXCLUSIVE and swaps in a new empty file
-- (measured: new relfilenode), with no lock_timeout set.
TRUNCATE audit_log;
