-- Verdict: safe: a new sequence.
CREATE SEQUENCE invoice_numbers;
