-- Verdict: safe: the position is stated.
ALTER TYPE order_status ADD VALUE 'refunded' AFTER 'paid';
