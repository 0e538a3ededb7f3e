import { alterCommandsOnExisting, columnConstraints, defineRule, typeNameOf } from './rule.js';

export default defineRule({
  id: 'adding-not-null-column',
  severity: 'error',
  why: 'Adding a NOT NULL column without a default fails on a table with rows, and breaks inserts from the app version still running.',
  fix: 'Add the column nullable (or with a constant default), backfill, then add NOT NULL.',
  squawk: 'adding-required-field',
  check: (statement, state) =>
    alterCommandsOnExisting(statement, state)
      .filter(({ cmd }) => cmd.subtype === 'AT_AddColumn')
      .filter(({ cmd }) => {
        const col = cmd.def.ColumnDef;
        const kinds = columnConstraints(col).map((c) => c.contype);
        const notNull = kinds.includes('CONSTR_NOTNULL') || kinds.includes('CONSTR_PRIMARY');
        // A serial, identity or generated column fills every row itself.
        const fills = ['CONSTR_DEFAULT', 'CONSTR_IDENTITY', 'CONSTR_GENERATED'].some((k) => kinds.includes(k));
        return notNull && !fills && !['serial', 'bigserial', 'smallserial'].includes(typeNameOf(col.typeName));
      })
      .map(({ table, cmd }) => ({ detail: `${table}.${cmd.def.ColumnDef.colname} is NOT NULL without a default` })),
  cases: {
    bad: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN s text NOT NULL;",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN k bigint PRIMARY KEY;",
    ],
    good: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN s text NOT NULL DEFAULT 'new';",
      'CREATE TABLE t (a text); ALTER TABLE t ADD COLUMN b text NOT NULL;',
    ],
  },
});
