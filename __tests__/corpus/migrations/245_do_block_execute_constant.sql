-- Verdict: require-concurrent-index-drop. EXECUTE of one string constant runs that text, so it is judged as the
-- statement it is: here DROP INDEX, ACCESS EXCLUSIVE on orders (measured). supabase/auth writes index changes so.
-- squawk require-concurrent-index-drop: squawk does not read inside DO blocks.
SET lock_timeout = '5s';
DO $$
BEGIN
  EXECUTE 'DROP INDEX orders_status';
END $$;
