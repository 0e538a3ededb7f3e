-- Verdict: require-concurrent-index: the first index is on a new table (safe), the second on an existing one.
CREATE TABLE a (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text);
CREATE INDEX a_v ON a (v);
SET lock_timeout = '5s';
CREATE INDEX orders_amount ON orders (amount);
