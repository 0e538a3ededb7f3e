-- Verdict: require-lock-timeout. The common "add the column if it is missing" DO block: the ALTER inside the IF takes
-- ACCESS EXCLUSIVE on orders (measured) with no lock_timeout set.
-- squawk require-lock-timeout: squawk does not read inside DO blocks.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'channel') THEN
    ALTER TABLE orders ADD COLUMN channel text;
  END IF;
END $$;
