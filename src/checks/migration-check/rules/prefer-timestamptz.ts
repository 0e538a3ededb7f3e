import { defineRule, definedColumns, typeNameOf } from './rule.js';

export default defineRule({
  id: 'prefer-timestamptz',
  severity: 'warning',
  why: 'timestamp without time zone loses the offset and misorders events across zones.',
  fix: 'Use timestamptz.',
  squawk: 'prefer-timestamp-tz',
  check: (statement) =>
    definedColumns(statement)
      .filter(({ col }) => typeNameOf(col.typeName) === 'timestamp')
      .map(({ table, col }) => ({ detail: `${table}.${col.colname} is timestamp without time zone` })),
  cases: {
    bad: ['CREATE TABLE t (at timestamp);', 'CREATE TABLE t (at timestamp without time zone);'],
    good: ['CREATE TABLE t (at timestamptz);', 'CREATE TABLE t (at timestamp with time zone);'],
  },
});
