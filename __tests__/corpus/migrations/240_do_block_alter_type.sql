-- Verdict: change-column-type. supabase/auth migrations/20230116124310_alter_phone_type.up.sql changes a column type
-- inside a DO block (to catch errors); the ALTER still rewrites the table under ACCESS EXCLUSIVE (measured: new
-- relfilenode), so launchgate reads the statements of a PL/pgSQL DO block like any others.
-- squawk change-column-type: squawk does not read inside DO blocks.
SET lock_timeout = '5s';
DO $$
BEGIN
  ALTER TABLE orders ALTER COLUMN customer_ref TYPE varchar(100);
EXCEPTION
  WHEN SQLSTATE '0A000' THEN
    RAISE NOTICE 'could not change the type of customer_ref';
END $$;
