-- Verdict: volatile-default. One ALTER TABLE, two columns: the constant default is free, the volatile one rewrites
-- the table (measured).
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN kind text DEFAULT 'sale', ADD COLUMN token uuid DEFAULT gen_random_uuid();
