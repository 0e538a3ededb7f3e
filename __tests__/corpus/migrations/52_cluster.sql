-- Verdict: cluster: CLUSTER rewrites the table under ACCESS EXCLUSIVE (squawk has no rule).
SET lock_timeout = '5s';
CLUSTER orders USING orders_pkey;
