-- Verdict: lock-table. LOCK TABLE … IN SHARE MODE blocks writes until COMMIT.
BEGIN;
LOCK TABLE orders IN SHARE MODE;
COMMIT;
