-- Verdict: require-lock-timeout: CREATE TRIGGER takes SHARE ROW EXCLUSIVE on the table, which blocks writes while
-- waiting.
-- setup: DROP TRIGGER orders_audit ON orders
CREATE TRIGGER orders_audit AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION audit();
