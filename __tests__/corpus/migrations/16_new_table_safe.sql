CREATE TABLE invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  number text NOT NULL,
  issued_at timestamptz NOT NULL
);
CREATE INDEX invoices_number ON invoices (number);
