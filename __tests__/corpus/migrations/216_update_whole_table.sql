-- Verdict: safe as a rule. UPDATE takes ROW EXCLUSIVE (measured): readers go on, only the updated rows are locked;
-- the size of a backfill is not a lock question.
UPDATE orders SET note = 'migrated' WHERE note IS NULL;
