import { defineRule, relName } from './rule.js';

export default defineRule({
  id: 'require-concurrent-index',
  severity: 'error',
  why: 'CREATE INDEX without CONCURRENTLY blocks writes to the table until the index is built.',
  fix: 'Use CREATE INDEX CONCURRENTLY (outside a transaction).',
  squawk: 'require-concurrent-index-creation',
  check(statement, state) {
    const idx = statement.node.IndexStmt;
    if (!idx || idx.concurrent || state.createdTables.has(relName(idx.relation))) return [];
    return [{ detail: `index ${idx.idxname ?? '(unnamed)'} on ${relName(idx.relation)}` }];
  },
  cases: {
    bad: ['CREATE INDEX i ON orders (a);', 'CREATE UNIQUE INDEX ON public.orders (a);'],
    good: ['CREATE INDEX CONCURRENTLY i ON orders (a);', 'CREATE TABLE t (a text); CREATE INDEX i ON t (a);'],
  },
});
