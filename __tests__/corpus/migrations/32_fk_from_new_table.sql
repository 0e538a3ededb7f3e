-- Verdict: require-lock-timeout. The new table is exempt, but its foreign key takes SHARE ROW EXCLUSIVE on the
-- existing orders table (pg_locks, Postgres 15), which blocks writes while it waits.
CREATE TABLE order_items (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id)
);
