-- Verdict: safe. DROP TRIGGER's ACCESS EXCLUSIVE is brief and bounded by lock_timeout (measured).
SET lock_timeout = '5s';
DROP TRIGGER IF EXISTS orders_audit ON orders;
