-- Verdict: identifier-too-long: index names are cut the same way; the concurrent index is otherwise safe.
CREATE INDEX CONCURRENTLY orders_customer_reference_created_at_status_amount_currency_idx_x ON orders (customer_ref);
