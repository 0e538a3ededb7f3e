-- Verdict: safe: a new schema.
CREATE SCHEMA IF NOT EXISTS billing;
