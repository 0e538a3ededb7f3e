-- Verdict: safe: "public"."Items" is the table created above (names compared after resolving the default schema).
-- squawk require-concurrent-index-creation: "public"."Items" is the Items table created in the same migration (default schema, quoted name): it is empty and unused.
CREATE TABLE "Items" (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, sku text);
CREATE INDEX items_sku ON "public"."Items" (sku);
