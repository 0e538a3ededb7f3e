-- Verdict: concurrently-in-transaction. A DO block runs as one statement in one transaction, so CREATE INDEX
-- CONCURRENTLY inside it fails (measured: "cannot be executed from a function").
-- squawk concurrently-in-transaction: squawk does not read inside DO blocks.
DO $$
BEGIN
  CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_amount_idx ON orders (amount);
END $$;
