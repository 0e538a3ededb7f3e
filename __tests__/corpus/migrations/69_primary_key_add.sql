-- Verdict: unique-without-index: ADD PRIMARY KEY builds its index while blocking writes.
-- squawk constraint-missing-not-valid: a PRIMARY KEY cannot be NOT VALID; the safe path is USING INDEX, which unique-without-index says.
SET lock_timeout = '5s';
ALTER TABLE legacy ADD PRIMARY KEY (id);
