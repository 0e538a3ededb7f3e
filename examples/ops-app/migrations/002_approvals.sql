-- Who approved an order, and when. Added the safe way on a table that is in use.
SET lock_timeout = '5s';

ALTER TABLE orders ADD COLUMN approved_by text;
ALTER TABLE orders ADD COLUMN approved_at timestamptz;
