-- Verdict: unique-without-index: ADD PRIMARY KEY builds its index while blocking writes.
SET lock_timeout = '5s';
ALTER TABLE legacy ADD PRIMARY KEY (id);
