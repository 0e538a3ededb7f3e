import { alterCommandsOnExisting, defineRule } from './rule.js';

/** ALTER TABLE subcommands that copy the whole table into a new file under ACCESS EXCLUSIVE (docs: ALTER TABLE). */
const REWRITES: Record<string, string> = {
  AT_SetLogged: 'SET LOGGED',
  AT_SetUnLogged: 'SET UNLOGGED',
  AT_SetTableSpace: 'SET TABLESPACE',
  AT_SetAccessMethod: 'SET ACCESS METHOD',
};

export default defineRule({
  id: 'table-rewrite',
  severity: 'error',
  why: 'SET LOGGED, SET UNLOGGED, SET TABLESPACE and SET ACCESS METHOD copy the whole table into a new file under an ACCESS EXCLUSIVE lock: every query waits for the copy.',
  fix: 'Run it in a maintenance window, or build the new table beside the old one and switch over.',
  check: (statement, state) =>
    alterCommandsOnExisting(statement, state)
      .filter(({ cmd }) => REWRITES[cmd.subtype])
      .map(({ table, cmd }) => ({ detail: `${REWRITES[cmd.subtype]} rewrites ${table}` })),
  cases: {
    bad: [
      "SET lock_timeout = '5s'; ALTER TABLE orders SET UNLOGGED;",
      "SET lock_timeout = '5s'; ALTER TABLE orders SET LOGGED;",
      "SET lock_timeout = '5s'; ALTER TABLE orders SET TABLESPACE archive;",
    ],
    good: [
      'CREATE TABLE t (a text); ALTER TABLE t SET UNLOGGED;',
      "SET lock_timeout = '5s'; ALTER TABLE orders SET (fillfactor = 90);",
    ],
  },
});
