import { defineRule, relName } from './rule.js';

export default defineRule({
  id: 'rename-table',
  severity: 'error',
  why: 'Renaming a table breaks the app version still running, which uses the old name.',
  fix: 'Create the new table (or a view with the old name), switch the app, then drop the old one.',
  squawk: 'renaming-table',
  check(statement, state) {
    const r = statement.node.RenameStmt;
    const table = relName(r?.relation);
    if (r?.renameType !== 'OBJECT_TABLE' || state.createdTables.has(table)) return [];
    return [{ detail: `${table} to ${r.newname}`, names: [table] }];
  },
  cases: {
    bad: ["SET lock_timeout = '5s'; ALTER TABLE orders RENAME TO purchases;"],
    good: ['CREATE TABLE t (a text); ALTER TABLE t RENAME TO u;'],
  },
});
