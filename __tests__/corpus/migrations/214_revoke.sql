-- Verdict: safe. REVOKE changes the catalog only (measured: no lock on the table).
REVOKE SELECT ON orders FROM reporting;
