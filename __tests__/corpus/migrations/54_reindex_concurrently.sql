-- Verdict: safe: REINDEX CONCURRENTLY (Postgres 12+) does not block writes.
REINDEX INDEX CONCURRENTLY orders_pkey;
