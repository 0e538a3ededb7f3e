SET lock_timeout = '5s';
ALTER TABLE orders RENAME COLUMN ref TO reference;
