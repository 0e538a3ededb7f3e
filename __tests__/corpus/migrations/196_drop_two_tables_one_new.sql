-- Verdict: drop-table. scratch is new, legacy_orders is not.
SET lock_timeout = '5s';
CREATE TABLE scratch (id bigint);
DROP TABLE scratch, legacy_orders;
