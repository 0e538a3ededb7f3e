import { defineRule, definedColumns, typeNameOf } from './rule.js';

export default defineRule({
  id: 'prefer-text',
  severity: 'warning',
  why: 'Changing a varchar(n) limit later takes an ACCESS EXCLUSIVE lock.',
  fix: 'Use text with a CHECK (length(col) <= n) constraint.',
  squawk: 'prefer-text-field',
  check: (statement) =>
    definedColumns(statement)
      .filter(({ col }) => typeNameOf(col.typeName) === 'varchar' && (col.typeName.typmods ?? []).length > 0)
      .map(({ table, col }) => ({ detail: `${table}.${col.colname} is varchar(n)` })),
  cases: {
    bad: ['CREATE TABLE t (name varchar(40));', "SET lock_timeout = '5s'; ALTER TABLE t ADD COLUMN code varchar(8);"],
    good: ['CREATE TABLE t (name text);', 'CREATE TABLE t (name varchar);'],
  },
});
