-- Verdict: safe. CREATE TABLE … LIKE reads the catalog of orders only (ACCESS SHARE).
CREATE TABLE orders_archive (LIKE orders INCLUDING ALL);
