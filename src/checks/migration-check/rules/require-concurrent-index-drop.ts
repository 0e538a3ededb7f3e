import { defineRule, dropNames } from './rule.js';

export default defineRule({
  id: 'require-concurrent-index-drop',
  severity: 'error',
  why: 'DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table.',
  fix: 'Use DROP INDEX CONCURRENTLY (outside a transaction).',
  squawk: 'require-concurrent-index-deletion',
  check(statement) {
    const d = statement.node.DropStmt;
    if (d?.removeType !== 'OBJECT_INDEX' || d.concurrent) return [];
    return [{ detail: `index ${dropNames(d).join(', ')}` }];
  },
  cases: {
    bad: ["SET lock_timeout = '5s'; DROP INDEX i;", 'DROP INDEX IF EXISTS i, j;'],
    good: ['DROP INDEX CONCURRENTLY i;'],
  },
});
