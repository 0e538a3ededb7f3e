-- Verdict: safe. The new table's foreign key locks orders SHARE ROW EXCLUSIVE briefly (measured), bounded by
-- lock_timeout.
SET lock_timeout = '5s';
CREATE TABLE order_notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id), body text);
