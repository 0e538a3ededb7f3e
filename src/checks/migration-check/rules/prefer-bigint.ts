import { columnConstraints, defineRule, definedColumns, typeNameOf } from './rule.js';

const NARROW_INTEGERS = new Set([
  'int4',
  'int2',
  'serial',
  'serial4',
  'serial2',
  'smallserial',
  'int',
  'integer',
  'smallint',
]);

/** A key column: named like one, or part of a primary or foreign key. */
const isKey = (name: string, col: any, keyColumns: Set<string>): boolean =>
  name === 'id' ||
  name.endsWith('_id') ||
  keyColumns.has(name) ||
  columnConstraints(col).some((c) => c.contype === 'CONSTR_PRIMARY' || c.contype === 'CONSTR_FOREIGN');

export default defineRule({
  id: 'prefer-bigint',
  severity: 'warning',
  why: 'int/serial keys overflow at 2.1 billion, and changing them later rewrites the table.',
  fix: 'Use bigint, or bigint GENERATED ALWAYS AS IDENTITY.',
  squawk: 'prefer-bigint-over-int',
  check: (statement) =>
    definedColumns(statement)
      .filter(({ col, keyColumns }) => isKey(col.colname, col, keyColumns))
      .filter(({ col }) => NARROW_INTEGERS.has(typeNameOf(col.typeName)))
      .map(({ table, col }) => {
        const type = typeNameOf(col.typeName);
        return { detail: `${table}.${col.colname} is ${type === 'int4' ? 'integer' : type}` };
      }),
  cases: {
    bad: [
      'CREATE TABLE t (id serial PRIMARY KEY);',
      'CREATE TABLE t (id serial4 PRIMARY KEY);',
      'CREATE TABLE t (a integer, PRIMARY KEY (a));',
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN customer_id int;",
    ],
    good: [
      'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);',
      'CREATE TABLE t (quantity integer);',
    ],
  },
});
