-- Verdict: identifier-too-long: index names are cut the same way; the concurrent index is otherwise safe.
-- squawk require-lock-timeout: CREATE INDEX CONCURRENTLY takes SHARE UPDATE EXCLUSIVE, which blocks neither reads nor writes.
CREATE INDEX CONCURRENTLY orders_customer_reference_created_at_status_amount_currency_idx_x ON orders (customer_ref);
