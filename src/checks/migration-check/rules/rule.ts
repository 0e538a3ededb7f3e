import type { Severity } from '../../../core/finding.js';
import type { Statement } from '../parse.js';
import type { FileState, Hit } from '../rules.js';

/**
 * One migration rule, in one place: what it is, why it matters, the safe alternative, how it is found, and SQL it
 * must flag (`bad`) and must pass (`good`), run by __tests__/unit/migration-catalog.test.ts.
 */
export interface Rule {
  id: string;
  severity: Severity;
  /** One line: what goes wrong. */
  why: string;
  /** The safe alternative, in the finding's message. */
  fix: string;
  /** The squawk rule that covers the same ground, for `npm run compare:squawk`. */
  squawk?: string;
  /** Hits for one statement; `state` is the file so far (read it, never change it: the dispatcher does). */
  check(statement: Statement, state: Readonly<FileState>): Omit<Hit, 'rule' | 'statement'>[];
  /** Hits once the whole file was read (a transaction left open). */
  end?(state: Readonly<FileState>): (Omit<Hit, 'rule'> & { statement: Statement })[];
  cases: { bad: string[]; good: string[]; wrapped?: boolean };
}

export const defineRule = (rule: Rule): Rule => rule;

export const sval = (n: any): string | undefined => n?.String?.sval;
export const dotted = (list: any[] | undefined): string => (list ?? []).map(sval).filter(Boolean).join('.');

/** A relation's name as Postgres resolves it by default: `"public"."t2"` and `t2` are the same table. */
export const relName = (rel: any): string =>
  rel ? [rel.schemaname === 'public' ? undefined : rel.schemaname, rel.relname].filter(Boolean).join('.') : '?';

/** A type's name without the `pg_catalog.` prefix Postgres gives built-in types (`int4`, `varchar`). */
export const typeNameOf = (typeName: any): string =>
  (typeName?.names ?? [])
    .map(sval)
    .filter((s: string) => s !== 'pg_catalog')
    .join('.');

export const hasDefElem = (list: any[] | undefined, name: string): boolean =>
  (list ?? []).some((d) => d?.DefElem?.defname === name);

/** The statement is inside a transaction: one the tool opened around the file, or a BEGIN of its own. */
export const inTransaction = (state: Readonly<FileState>): boolean => state.wrapped || state.explicitTransaction;

/** An ALTER TABLE's commands on a table that existed before this file (a new table is nobody else's yet). */
export function alterCommandsOnExisting(
  statement: Statement,
  state: Readonly<FileState>,
): { table: string; cmd: any }[] {
  const a = statement.node.AlterTableStmt;
  if (!a) return [];
  const table = relName(a.relation);
  if (state.createdTables.has(table)) return [];
  return (a.cmds ?? [])
    .map((c: any) => c.AlterTableCmd)
    .filter(Boolean)
    .map((cmd: any) => ({ table, cmd }));
}

/** The constraints of a column definition. */
export const columnConstraints = (col: any): any[] => (col?.constraints ?? []).map((c: any) => c.Constraint);

/** A DROP's object names, without the default `public.` schema. */
export const dropNames = (drop: any): string[] =>
  (drop.objects ?? []).map((o: any) =>
    (o.List?.items ?? [])
      .map(sval)
      .join('.')
      .replace(/^public\./, ''),
  );

/**
 * Columns the statement defines, with the table's key columns: those of CREATE TABLE and of ALTER TABLE … ADD
 * COLUMN (on any table: a type chosen now is costly to change later, new table or not).
 */
export function definedColumns(statement: Statement): { table: string; col: any; keyColumns: Set<string> }[] {
  const n = statement.node;
  if (n.CreateStmt) {
    const table = relName(n.CreateStmt.relation);
    const keyColumns = new Set<string>();
    for (const elt of n.CreateStmt.tableElts ?? []) {
      const con = elt.Constraint;
      if (con && (con.contype === 'CONSTR_PRIMARY' || con.contype === 'CONSTR_FOREIGN'))
        for (const k of [...(con.keys ?? []), ...(con.fk_attrs ?? [])]) keyColumns.add(sval(k) ?? '');
    }
    return (n.CreateStmt.tableElts ?? [])
      .filter((elt: any) => elt.ColumnDef)
      .map((elt: any) => ({ table, col: elt.ColumnDef, keyColumns }));
  }
  if (n.AlterTableStmt) {
    const table = relName(n.AlterTableStmt.relation);
    return (n.AlterTableStmt.cmds ?? [])
      .map((c: any) => c.AlterTableCmd)
      .filter((cmd: any) => cmd?.subtype === 'AT_AddColumn')
      .map((cmd: any) => ({ table, col: cmd.def.ColumnDef, keyColumns: new Set<string>() }));
  }
  return [];
}
