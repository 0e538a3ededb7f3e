-- Verdict: safe: "public"."Items" is the table created above (names compared after resolving the default schema).
CREATE TABLE "Items" (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, sku text);
CREATE INDEX items_sku ON "public"."Items" (sku);
