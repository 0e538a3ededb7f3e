import { alterCommandsOnExisting, defineRule, typeNameOf } from './rule.js';

export default defineRule({
  id: 'change-column-type',
  severity: 'error',
  why: 'Changing a column type usually rewrites the table under an ACCESS EXCLUSIVE lock, and the running app may not read the new type.',
  fix: 'Add a new column, backfill, switch the app, then drop the old one.',
  squawk: 'changing-column-type',
  check: (statement, state) =>
    alterCommandsOnExisting(statement, state)
      .filter(({ cmd }) => cmd.subtype === 'AT_AlterColumnType')
      .map(({ table, cmd }) => ({
        detail: `${table}.${cmd.name} to ${typeNameOf(cmd.def?.ColumnDef?.typeName)}`,
        names: [`${table}.${cmd.name}`],
      })),
  cases: {
    bad: ["SET lock_timeout = '5s'; ALTER TABLE orders ALTER COLUMN amount TYPE numeric;"],
    good: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN amount_v2 numeric;",
      'CREATE TABLE t (a int); ALTER TABLE t ALTER COLUMN a TYPE bigint;',
    ],
  },
});
