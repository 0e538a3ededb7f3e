import { defineRule, relName } from './rule.js';

export default defineRule({
  id: 'rename-column',
  severity: 'error',
  why: 'Renaming a column breaks the app version still running, which uses the old name.',
  fix: 'Add the new column, write both, backfill, switch reads, then drop the old one (expand/contract).',
  squawk: 'renaming-column',
  check(statement, state) {
    const r = statement.node.RenameStmt;
    const table = relName(r?.relation);
    if (r?.renameType !== 'OBJECT_COLUMN' || state.createdTables.has(table)) return [];
    return [{ detail: `${table}.${r.subname} to ${r.newname}`, names: [`${table}.${r.subname}`] }];
  },
  cases: {
    bad: ["SET lock_timeout = '5s'; ALTER TABLE orders RENAME COLUMN a TO b;"],
    good: ['CREATE TABLE t (a text); ALTER TABLE t RENAME COLUMN a TO b;'],
  },
});
