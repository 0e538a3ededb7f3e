-- Verdict: safe. A constant DEFAULT -1 NOT NULL (documenso
-- packages/prisma/migrations/20230621130930_add_width_and_height_for_fields/migration.sql, Prisma) is a fast
-- default: no rewrite (measured).
-- squawk prefer-bigint-over-int: the column is not a key (no id name, no primary or foreign key); launchgate flags integer keys only, which grow with every row.
-- squawk adding-field-with-default: -1 is a constant: Postgres stores it in the catalog (measured: no rewrite, no scan); issue 16 found launchgate right here.
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN "height" INTEGER NOT NULL DEFAULT -1;
