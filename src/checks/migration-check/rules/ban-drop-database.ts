import { defineRule } from './rule.js';

export default defineRule({
  id: 'ban-drop-database',
  severity: 'error',
  why: 'DROP DATABASE deletes a whole database: it has no place in a migration.',
  fix: 'Remove it; drop databases by hand, deliberately.',
  squawk: 'ban-drop-database',
  check: (statement) => (statement.node.DropdbStmt ? [{ detail: `database ${statement.node.DropdbStmt.dbname}` }] : []),
  cases: { bad: ['DROP DATABASE app;', 'DROP DATABASE IF EXISTS app;'], good: ['DROP SCHEMA IF EXISTS tmp;'] },
});
