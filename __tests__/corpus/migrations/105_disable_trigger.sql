-- Verdict: require-lock-timeout. DISABLE TRIGGER takes SHARE ROW EXCLUSIVE (Postgres docs, ALTER TABLE; measured),
-- which blocks writes while it waits.
ALTER TABLE orders DISABLE TRIGGER orders_audit;
