-- Verdict: require-lock-timeout. ALTER SEQUENCE takes SHARE ROW EXCLUSIVE on the sequence (measured), which blocks
-- nextval(): every INSERT into orders waits while it waits.
-- measured-ok: the relation rewritten is the sequence itself (one page), not a table; the lock it takes is what require-lock-timeout reports.
ALTER SEQUENCE orders_id_seq RESTART WITH 100000;
