-- Verdict: unique-without-index. An EXCLUDE constraint builds its index under ACCESS EXCLUSIVE, like UNIQUE
-- (measured: AccessExclusiveLock and a scan), and has no USING INDEX form.
-- squawk unique-without-index: squawk names it constraint-missing-not-valid, but Postgres cannot add an EXCLUDE constraint NOT VALID; the cost is the index build under ACCESS EXCLUSIVE (measured: 2 scans), which unique-without-index names.
-- squawk constraint-missing-not-valid: EXCLUDE cannot be NOT VALID (Postgres docs, ALTER TABLE ADD table_constraint); reported as unique-without-index, the index build.
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_ref_excl EXCLUDE USING btree (ref WITH =);
