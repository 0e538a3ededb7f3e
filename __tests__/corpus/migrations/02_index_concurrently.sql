SET lock_timeout = '5s';
CREATE INDEX CONCURRENTLY orders_customer ON orders (customer_id);
