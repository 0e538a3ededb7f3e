-- Verdict: safe. A new table and an index on it: nothing existing is locked (measured: no lock on any existing
-- relation).
-- squawk require-concurrent-index-creation: the table is created in the same migration, so it is empty and unused: launchgate exempts it.
-- squawk require-lock-timeout: the table is created in the same migration: no other session can hold a lock on it.
CREATE TABLE invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  number text NOT NULL,
  issued_at timestamptz NOT NULL
);
CREATE INDEX invoices_number ON invoices (number);
