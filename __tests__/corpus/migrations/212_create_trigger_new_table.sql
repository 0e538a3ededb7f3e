-- Verdict: safe. A trigger on a table created in the same migration.
CREATE TABLE ledger (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
CREATE TRIGGER ledger_audit AFTER INSERT ON ledger FOR EACH ROW EXECUTE FUNCTION audit();
