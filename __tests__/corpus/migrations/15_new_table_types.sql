-- Verdict: prefer-bigint, prefer-identity, prefer-text, prefer-timestamptz: type choices that are costly to
-- change once the table has rows (a type change rewrites it, case 10). A new table: no lock on existing ones.
CREATE TABLE invoices (
  id serial PRIMARY KEY,
  number varchar(32) NOT NULL,
  issued_at timestamp NOT NULL
);
