import { defineRule, dotted } from './rule.js';

const SERIALS = new Set(['serial', 'bigserial', 'smallserial', 'serial4', 'serial8', 'serial2']);

function serialColumns(node: any): string[] {
  const elts: any[] = node.CreateStmt?.tableElts ?? [];
  const added: any[] = (node.AlterTableStmt?.cmds ?? [])
    .map((c: any) => c.AlterTableCmd)
    .filter((c: any) => c?.subtype === 'AT_AddColumn')
    .map((c: any) => c.def);
  return [...elts, ...added]
    .map((e) => e?.ColumnDef)
    .filter((c) => c && SERIALS.has(dotted(c.typeName?.names)))
    .map((c) => `${c.colname} ${dotted(c.typeName.names)}`);
}

export default defineRule({
  id: 'prefer-identity',
  severity: 'notice',
  why: 'serial makes a sequence the table does not own by standard rules: grants, copies and dumps of it go wrong.',
  fix: 'Use bigint GENERATED ALWAYS AS IDENTITY.',
  squawk: 'prefer-identity',
  check: (statement) => serialColumns(statement.node).map((c) => ({ detail: `column ${c}` })),
  cases: {
    bad: ['CREATE TABLE t (id bigserial PRIMARY KEY);', 'CREATE TABLE t (id serial8);'],
    good: ['CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);'],
  },
});
