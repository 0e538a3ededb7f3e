-- Verdict: safe. COMMIT between ADD … NOT VALID and VALIDATE releases ADD's lock; VALIDATE then takes SHARE UPDATE
-- EXCLUSIVE (measured).
BEGIN;
SET lock_timeout = '5s';
ALTER TABLE audit_log ADD CONSTRAINT audit_log_order_fkey FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
COMMIT;
ALTER TABLE audit_log VALIDATE CONSTRAINT audit_log_order_fkey;
