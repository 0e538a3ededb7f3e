-- Verdict: prefer-bigint and require-lock-timeout. order_id int references a bigint key; the foreign key locks
-- orders SHARE ROW EXCLUSIVE (measured) with no lock_timeout.
CREATE TABLE shipments (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, order_id int REFERENCES orders (id));
