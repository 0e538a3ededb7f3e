import { alterCommandsOnExisting, columnConstraints, defineRule } from './rule.js';

export default defineRule({
  id: 'constraint-not-valid',
  severity: 'error',
  why: 'Adding a FOREIGN KEY or CHECK constraint validates every row while holding a lock that blocks writes.',
  fix: 'Add it with NOT VALID, then VALIDATE CONSTRAINT in a later statement or migration.',
  squawk: 'constraint-missing-not-valid',
  check: (statement, state) =>
    alterCommandsOnExisting(statement, state).flatMap(({ table, cmd }) => {
      if (cmd.subtype === 'AT_AddColumn') {
        // A new column without a default is NULL in every row, so Postgres skips validating an inline foreign key
        // (no scan); with any default, even DEFAULT NULL, it scans the table to validate it. An inline CHECK is
        // checked against every row either way (measured: 1 sequential scan under ACCESS EXCLUSIVE).
        const col = cmd.def.ColumnDef;
        const constraints = columnConstraints(col);
        if (constraints.some((c) => c.contype === 'CONSTR_CHECK' && !c.skip_validation))
          return [{ detail: `check on ${table}.${col.colname}, a new column: every row is checked under the lock` }];
        const def = constraints.some((c) => c.contype === 'CONSTR_DEFAULT');
        if (def && constraints.some((c) => c.contype === 'CONSTR_FOREIGN' && !c.skip_validation))
          return [
            {
              detail: `foreign key on ${table}.${col.colname}, a new column with a default, so every row is validated`,
            },
          ];
        return [];
      }
      const con = cmd.subtype === 'AT_AddConstraint' ? cmd.def?.Constraint : undefined;
      if ((con?.contype !== 'CONSTR_FOREIGN' && con?.contype !== 'CONSTR_CHECK') || con.skip_validation) return [];
      const kind = con.contype === 'CONSTR_FOREIGN' ? 'foreign key' : 'check';
      return [{ detail: `${kind} ${con.conname ?? ''} on ${table}`.replace('  ', ' ') }];
    }),
  cases: {
    bad: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customers (id);",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD CONSTRAINT c CHECK (a > 0);",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN c bigint DEFAULT 1 REFERENCES customers (id);",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN q int CHECK (q > 0);",
    ],
    good: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customers (id) NOT VALID;",
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN c bigint REFERENCES customers (id);",
    ],
  },
});
