-- Verdict: safe for launchgate. A smallint value column (not a key) is a deliberate size choice.
-- squawk prefer-bigint-over-smallint: stars is not a key: a small range is the point of the column; launchgate flags narrow integer key columns only.
CREATE TABLE ratings (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, stars smallint NOT NULL);
