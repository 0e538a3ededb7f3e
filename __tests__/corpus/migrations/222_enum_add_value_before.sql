-- Verdict: safe. The position is stated.
ALTER TYPE order_status ADD VALUE 'draft' BEFORE 'new';
