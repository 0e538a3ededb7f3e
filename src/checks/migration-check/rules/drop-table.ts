import { defineRule, dropNames } from './rule.js';

export default defineRule({
  id: 'drop-table',
  severity: 'warning',
  why: 'Dropping a table breaks the app version still running if it still uses it.',
  fix: 'Stop using the table in a deploy first, then drop it in a later one.',
  squawk: 'ban-drop-table',
  check(statement, state) {
    const d = statement.node.DropStmt;
    // DROP SCHEMA … CASCADE drops every table in the schema, which the migration does not name.
    if (d?.removeType === 'OBJECT_SCHEMA' && d.behavior === 'DROP_CASCADE')
      return [{ detail: `schema ${dropNames(d).join(', ')} with CASCADE, and every table in it` }];
    if (d?.removeType !== 'OBJECT_TABLE') return [];
    const existing = dropNames(d).filter((t) => !state.createdTables.has(t));
    return existing.length ? [{ detail: `table ${existing.join(', ')}`, names: existing }] : [];
  },
  cases: {
    bad: [
      "SET lock_timeout = '5s'; DROP TABLE orders;",
      "SET lock_timeout = '5s'; DROP TABLE IF EXISTS public.orders;",
      'DROP SCHEMA billing CASCADE;',
    ],
    good: ['CREATE TABLE t (a text); DROP TABLE t;', 'DROP SCHEMA IF EXISTS empty_schema;'],
  },
});
