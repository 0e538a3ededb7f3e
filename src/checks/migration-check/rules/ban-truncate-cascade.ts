import { defineRule } from './rule.js';

export default defineRule({
  id: 'ban-truncate-cascade',
  severity: 'error',
  why: 'TRUNCATE … CASCADE also empties every table that references this one, including tables the migration never names.',
  fix: 'Name each table to truncate, without CASCADE.',
  squawk: 'ban-truncate-cascade',
  check: (statement) =>
    statement.node.TruncateStmt?.behavior === 'DROP_CASCADE' ? [{ detail: 'TRUNCATE … CASCADE' }] : [],
  cases: {
    bad: ['TRUNCATE orders CASCADE;'],
    good: ['TRUNCATE orders;'],
  },
});
