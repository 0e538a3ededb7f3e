-- Verdict: prefer-bigint. A smallint key overflows at 32,767.
CREATE TABLE flags (id smallint PRIMARY KEY, name text NOT NULL);
