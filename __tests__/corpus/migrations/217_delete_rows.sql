-- Verdict: safe as a rule. DELETE takes ROW EXCLUSIVE (measured).
DELETE FROM audit_log WHERE at < now() - interval '1 year';
