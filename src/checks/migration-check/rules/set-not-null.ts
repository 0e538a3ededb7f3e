import { alterCommandsOnExisting, defineRule, relName } from './rule.js';
import { advanceNotNullChecks } from './track-state.js';

export default defineRule({
  id: 'set-not-null',
  severity: 'error',
  why: 'SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock.',
  fix: 'Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it, then SET NOT NULL (Postgres 12+ skips the scan).',
  squawk: 'adding-not-nullable-field',
  check(statement, state) {
    const hits = [];
    for (const { table, cmd } of alterCommandsOnExisting(statement, state)) {
      if (cmd.subtype !== 'AT_SetNotNull') continue;
      // A CHECK validated earlier, in this set or in this very ALTER TABLE, lets Postgres 12+ skip the scan.
      const set = {
        pendingNotNullChecks: new Map(state.set.pendingNotNullChecks),
        validatedNotNull: new Set(state.set.validatedNotNull),
      };
      const a = statement.node.AlterTableStmt;
      advanceNotNullChecks(relName(a.relation), a.cmds ?? [], set, cmd);
      if (!(state.pgVersion >= 12 && set.validatedNotNull.has(`${table}.${cmd.name}`)))
        hits.push({ detail: `${table}.${cmd.name}` });
    }
    return hits;
  },
  cases: {
    bad: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ALTER COLUMN s SET NOT NULL;",
      "SET lock_timeout = '5s'; ALTER TABLE orders ALTER COLUMN s SET NOT NULL, ADD CONSTRAINT s_nn CHECK (s IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT s_nn;",
    ],
    good: [
      "SET lock_timeout = '5s'; ALTER TABLE orders ADD CONSTRAINT s_nn CHECK (s IS NOT NULL) NOT VALID; ALTER TABLE orders VALIDATE CONSTRAINT s_nn; ALTER TABLE orders ALTER COLUMN s SET NOT NULL;",
    ],
  },
});
