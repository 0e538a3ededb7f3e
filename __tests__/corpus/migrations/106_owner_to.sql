-- Verdict: require-lock-timeout. OWNER TO takes ACCESS EXCLUSIVE (measured).
ALTER TABLE orders OWNER TO reporting;
