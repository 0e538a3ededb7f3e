-- Verdict: safe. CREATE TRIGGER takes SHARE ROW EXCLUSIVE (measured), bounded by lock_timeout.
SET lock_timeout = '5s';
CREATE TRIGGER orders_audit2 AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit();
