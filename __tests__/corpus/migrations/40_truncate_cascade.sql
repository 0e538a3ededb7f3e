-- Verdict: truncate, ban-truncate-cascade and require-lock-timeout (ACCESS EXCLUSIVE, no timeout): CASCADE also empties every referencing table.
TRUNCATE audit_log CASCADE;
