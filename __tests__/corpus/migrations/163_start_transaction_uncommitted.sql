-- Verdict: ban-uncommitted-transaction. START TRANSACTION is BEGIN: left open at the end of the file.
START TRANSACTION;
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN note2 text;
