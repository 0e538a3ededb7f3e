-- Verdict: safe. PRIMARY KEY USING INDEX on a NOT NULL column with a unique index built before: a catalog change
-- (measured: no scan).
-- setup: ALTER TABLE legacy ALTER COLUMN id SET NOT NULL
-- setup: CREATE UNIQUE INDEX legacy_id_idx ON legacy (id)
SET lock_timeout = '5s';
ALTER TABLE legacy ADD CONSTRAINT legacy_pkey PRIMARY KEY USING INDEX legacy_id_idx;
