import { defineRule, relName } from './rule.js';

export default defineRule({
  id: 'rename-table',
  severity: 'error',
  why: 'Renaming a table breaks the app version still running, which uses the old name.',
  fix: 'Create the new table (or a view with the old name), switch the app, then drop the old one.',
  squawk: 'renaming-table',
  check(statement, state) {
    const r = statement.node.RenameStmt;
    // SET SCHEMA moves the table out of the app's search_path: its old name stops resolving, as after a rename.
    const moved = statement.node.AlterObjectSchemaStmt;
    if (moved?.objectType === 'OBJECT_TABLE' && !state.createdTables.has(relName(moved.relation)))
      return [{ detail: `${relName(moved.relation)} to schema ${moved.newschema}`, names: [relName(moved.relation)] }];
    const table = relName(r?.relation);
    if (r?.renameType !== 'OBJECT_TABLE' || state.createdTables.has(table)) return [];
    return [{ detail: `${table} to ${r.newname}`, names: [table] }];
  },
  cases: {
    bad: [
      "SET lock_timeout = '5s'; ALTER TABLE orders RENAME TO purchases;",
      "SET lock_timeout = '5s'; ALTER TABLE orders SET SCHEMA archive;",
    ],
    good: ['CREATE TABLE t (a text); ALTER TABLE t RENAME TO u;'],
  },
});
