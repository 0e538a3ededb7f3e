import { alterCommandsOnExisting, defineRule, inTransaction } from './rule.js';

export default defineRule({
  id: 'validate-under-lock',
  severity: 'error',
  why: 'VALIDATE CONSTRAINT scans the table; in the same transaction as the statement that added the constraint, the lock that statement took is still held, so the scan blocks the app.',
  fix: 'Commit first: VALIDATE CONSTRAINT in a later migration (or after COMMIT in a file the tool does not wrap).',
  check: (statement, state) =>
    alterCommandsOnExisting(statement, state)
      .filter(({ cmd }) => cmd.subtype === 'AT_ValidateConstraint')
      .flatMap(({ table, cmd }) => {
        const held = inTransaction(state) ? state.locksHeld.get(table) : undefined;
        if (!held) return [];
        return [
          {
            detail: `VALIDATE CONSTRAINT ${cmd.name} scans ${table} while this transaction still holds the ${held} lock an earlier statement took on it`,
          },
        ];
      }),
  cases: {
    bad: [
      "SET lock_timeout = '5s'; BEGIN; ALTER TABLE orders ADD CONSTRAINT c CHECK (a > 0) NOT VALID; ALTER TABLE orders VALIDATE CONSTRAINT c;",
    ],
    good: [
      "SET lock_timeout = '5s'; BEGIN; ALTER TABLE orders ADD CONSTRAINT c CHECK (a > 0) NOT VALID; COMMIT; ALTER TABLE orders VALIDATE CONSTRAINT c;",
    ],
  },
});
