-- Verdict: safe. RENAME VALUE changes the catalog only.
ALTER TYPE order_status RENAME VALUE 'shipped' TO 'sent';
