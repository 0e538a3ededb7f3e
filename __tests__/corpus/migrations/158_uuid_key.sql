-- Verdict: safe. A uuid key does not overflow.
CREATE TABLE api_keys (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), label text);
