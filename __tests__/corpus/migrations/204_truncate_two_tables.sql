-- Verdict: truncate and require-lock-timeout. Both tables are emptied under ACCESS EXCLUSIVE (measured: new
-- relfilenodes).
TRUNCATE legacy_orders, audit_log;
