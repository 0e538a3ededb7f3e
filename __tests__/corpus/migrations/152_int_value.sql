-- Verdict: safe for launchgate. An integer value column (not a key) does not run out the way an id sequence does.
-- squawk prefer-bigint-over-int: quantity is not a key; launchgate flags integer keys (id, *_id, primary and foreign keys), which grow with every row.
CREATE TABLE stock (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, quantity integer NOT NULL);
