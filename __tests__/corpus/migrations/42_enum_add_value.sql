-- Verdict: require-enum-value-ordering (notice): without BEFORE/AFTER the value sorts last.
ALTER TYPE order_status ADD VALUE 'refunded';
