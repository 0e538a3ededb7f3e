SET lock_timeout = '5s';
DROP INDEX orders_status;
