-- Verdict: require-lock-timeout. DROP VIEW takes ACCESS EXCLUSIVE on the view, which queries are reading.
DROP VIEW order_summary;
