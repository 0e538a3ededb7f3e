-- Verdict: safe for launchgate (squawk: ban-char-field). char(n) pads values with spaces; it locks and breaks
-- nothing.
CREATE TABLE country_codes (code char(2) PRIMARY KEY, name text NOT NULL);
