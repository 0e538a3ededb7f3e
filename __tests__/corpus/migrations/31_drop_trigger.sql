-- Verdict: require-lock-timeout. DROP TRIGGER takes ACCESS EXCLUSIVE on its table (pg_locks, Postgres 15).
DROP TRIGGER orders_audit ON orders;
