-- Verdict: safe. COMMENT ON COLUMN takes SHARE UPDATE EXCLUSIVE (measured).
COMMENT ON COLUMN orders.note IS 'free text from support';
