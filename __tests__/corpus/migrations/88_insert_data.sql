-- Verdict: safe: inserting rows takes ROW EXCLUSIVE only.
INSERT INTO settings (key, value) VALUES ('theme', 'dark');
