-- Verdict: safe as a rule: a batched UPDATE takes ROW EXCLUSIVE; launchgate does not judge backfill size.
UPDATE orders SET status = 'new' WHERE status IS NULL AND id < 10000;
