import { defineRule } from './rule.js';
import { locksTaken } from './track-state.js';

export default defineRule({
  id: 'require-lock-timeout',
  severity: 'warning',
  why: 'A statement waiting for a lock that blocks writes (ACCESS EXCLUSIVE, SHARE ROW EXCLUSIVE) queues every query behind it; without lock_timeout it can wait forever.',
  fix: "SET lock_timeout = '5s'; before it (and retry the migration if it times out).",
  squawk: 'require-lock-timeout',
  check(statement, state) {
    // Reported once per file: the first statement that needs it says where the SET belongs.
    if (state.lockTimeoutSet || state.lockTimeoutReported) return [];
    const [first] = locksTaken(statement, state);
    return first ? [{ detail: `${first.mode} lock on ${first.table} with no lock_timeout set before it` }] : [];
  },
  cases: {
    bad: ['ALTER TABLE orders ADD COLUMN n text;', "SET lock_timeout = '5s'; SET lock_timeout = 0; DROP TABLE orders;"],
    good: [
      "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN n text;",
      'CREATE TABLE t (a text); ALTER TABLE t ADD COLUMN b text;',
    ],
  },
});
