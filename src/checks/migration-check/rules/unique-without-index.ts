import { alterCommandsOnExisting, columnConstraints, defineRule } from './rule.js';

const isUniqueOrKey = (con: any) => con?.contype === 'CONSTR_UNIQUE' || con?.contype === 'CONSTR_PRIMARY';

export default defineRule({
  id: 'unique-without-index',
  severity: 'error',
  why: 'Adding a UNIQUE or PRIMARY KEY constraint builds its index while blocking writes.',
  fix: 'CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT … USING INDEX.',
  squawk: 'disallowed-unique-constraint',
  check: (statement, state) =>
    alterCommandsOnExisting(statement, state).flatMap(({ table, cmd }) => {
      if (cmd.subtype === 'AT_AddColumn') {
        const col = cmd.def.ColumnDef;
        return columnConstraints(col).some(isUniqueOrKey) ? [{ detail: `${table}.${col.colname}` }] : [];
      }
      const con = cmd.subtype === 'AT_AddConstraint' ? cmd.def?.Constraint : undefined;
      if (!isUniqueOrKey(con) || con.indexname) return [];
      const kind = con.contype === 'CONSTR_PRIMARY' ? 'primary key' : 'unique';
      return [{ detail: `${kind} ${con.conname ?? ''} on ${table}`.replace('  ', ' ') }];
    }),
  cases: {
    bad: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD CONSTRAINT u UNIQUE (ref);",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD PRIMARY KEY (id);",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN ref text UNIQUE;",
    ],
    good: ["SET lock_timeout = '5s'; ALTER TABLE orders ADD CONSTRAINT u UNIQUE USING INDEX orders_ref_idx;"],
  },
});
