CREATE TABLE invoices (
  id serial PRIMARY KEY,
  number varchar(32) NOT NULL,
  issued_at timestamp NOT NULL
);
