import { alterCommandsOnExisting, columnConstraints, defineRule } from './rule.js';

/** Constraints that build an index: UNIQUE, PRIMARY KEY, and EXCLUDE (which has no USING INDEX form). */
const isUniqueOrKey = (con: any) => ['CONSTR_UNIQUE', 'CONSTR_PRIMARY', 'CONSTR_EXCLUSION'].includes(con?.contype);

export default defineRule({
  id: 'unique-without-index',
  severity: 'error',
  why: 'Adding a UNIQUE, PRIMARY KEY or EXCLUDE constraint builds its index while blocking writes.',
  fix: 'CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT … USING INDEX (an EXCLUDE constraint has no such form: add it to a new table, or in a maintenance window).',
  squawk: 'disallowed-unique-constraint',
  check: (statement, state) =>
    alterCommandsOnExisting(statement, state).flatMap(({ table, cmd }) => {
      if (cmd.subtype === 'AT_AddColumn') {
        const col = cmd.def.ColumnDef;
        return columnConstraints(col).some(isUniqueOrKey) ? [{ detail: `${table}.${col.colname}` }] : [];
      }
      const con = cmd.subtype === 'AT_AddConstraint' ? cmd.def?.Constraint : undefined;
      if (!isUniqueOrKey(con) || con.indexname) return [];
      const kind = { CONSTR_PRIMARY: 'primary key', CONSTR_EXCLUSION: 'exclusion' }[con.contype as string] ?? 'unique';
      return [{ detail: `${kind} ${con.conname ?? ''} on ${table}`.replace('  ', ' ') }];
    }),
  cases: {
    bad: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD CONSTRAINT u UNIQUE (ref);",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD PRIMARY KEY (id);",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN ref text UNIQUE;",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD CONSTRAINT e EXCLUDE USING btree (ref WITH =);",
    ],
    good: ["SET lock_timeout = '5s'; ALTER TABLE orders ADD CONSTRAINT u UNIQUE USING INDEX orders_ref_idx;"],
  },
});
