import { alterCommandsOnExisting, defineRule } from './rule.js';

export default defineRule({
  id: 'drop-column',
  severity: 'warning',
  why: 'Dropping a column breaks the app version still running if it still reads or writes it.',
  fix: 'Stop using the column in a deploy first, then drop it in a later one.',
  squawk: 'ban-drop-column',
  check: (statement, state) =>
    alterCommandsOnExisting(statement, state)
      .filter(({ cmd }) => cmd.subtype === 'AT_DropColumn')
      .map(({ table, cmd }) => ({ detail: `${table}.${cmd.name}`, names: [`${table}.${cmd.name}`] })),
  cases: {
    bad: ["SET lock_timeout = '5s'; ALTER TABLE orders DROP COLUMN legacy;"],
    good: ['CREATE TABLE t (a text, b text); ALTER TABLE t DROP COLUMN b;'],
  },
});
