// The SQL statements inside a `DO $$ … $$` block, so the rules judge them too: real migrations (supabase/auth, for
// one) wrap ALTER TABLE in DO blocks to catch errors, and a DO block is otherwise opaque to a linter.
import { parsePlPgSQLSync, parseSync } from 'libpg-query';
import type { DoBlock, Statement } from './parse.js';
import { sval } from './rules/rule.js';

/** A statement found in the block: static SQL, or the text of an EXECUTE of a constant string. */
interface Found {
  query: string;
  lineno: number;
  executed?: boolean;
}

/**
 * The SQL of `EXECUTE 'drop index x'`: an EXECUTE of one string constant (no USING) runs that text, which the rules
 * can read like any other statement (supabase/auth writes DROP INDEX so). Undefined for a string built at run time.
 */
function constantSql(dyn: any): string | undefined {
  const expr = dyn.query?.PLpgSQL_expr?.query;
  if (typeof expr !== 'string' || dyn.params?.length) return undefined;
  try {
    const parsed = parseSync(`SELECT ${expr}`) as { stmts?: { stmt: any }[] };
    const targets = parsed.stmts?.length === 1 ? parsed.stmts[0].stmt.SelectStmt?.targetList : undefined;
    const only = targets?.length === 1 ? targets[0].ResTarget : undefined;
    const text = only && !only.name ? only.val?.A_Const?.sval?.sval : undefined;
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Every PL/pgSQL statement node that runs static SQL; EXECUTE of a built string is dynamic and cannot be read. */
function sqlOf(node: unknown, out: Found[], dynamic: number[]): void {
  if (Array.isArray(node)) for (const n of node) sqlOf(n, out, dynamic);
  else if (node && typeof node === 'object') {
    const exec = (node as any).PLpgSQL_stmt_execsql;
    if (exec?.sqlstmt?.PLpgSQL_expr?.query)
      out.push({ query: exec.sqlstmt.PLpgSQL_expr.query, lineno: exec.lineno ?? 1 });
    const dyn = (node as any).PLpgSQL_stmt_dynexecute;
    if (dyn) {
      const sql = constantSql(dyn);
      if (sql !== undefined) out.push({ query: sql, lineno: dyn.lineno ?? 1, executed: true });
      else dynamic.push(dyn.lineno ?? 1);
    }
    for (const value of Object.values(node)) sqlOf(value, out, dynamic);
  }
}

/**
 * The DO block `statement` is, read with Postgres's PL/pgSQL parser, or null when it is none. Called by parseSql, in
 * the process that has the parser loaded, so the rules (in the gate's process) only read the result.
 */
export function readDoBlockSql(statement: Statement): DoBlock | null {
  const args: any[] = statement.node.DoStmt?.args ?? [];
  if (!args.length) return null;
  const arg = (name: string) => args.find((a) => a.DefElem?.defname === name)?.DefElem?.arg;
  const body = sval(arg('as')) ?? '';
  const language = (sval(arg('language')) ?? 'plpgsql').toLowerCase();
  if (language !== 'plpgsql')
    return { statements: [], unreadable: [{ line: statement.line, what: `a DO block in ${language}` }] };
  let tag = 'lg_do';
  while (body.includes(`$${tag}$`)) tag += '_';
  const found: Found[] = [];
  const dynamic: number[] = [];
  const lineOf = (lineno: number) => Math.min(statement.line + lineno - 1, statement.endLine);
  try {
    sqlOf(
      parsePlPgSQLSync(`CREATE FUNCTION pg_temp.lg_do() RETURNS void LANGUAGE plpgsql AS $${tag}$${body}$${tag}$`),
      found,
      dynamic,
    );
  } catch {
    // Postgres rejects the body too; the apply check reports that.
    return { statements: [], unreadable: [] };
  }
  const statements: Statement[] = [];
  const unreadable = dynamic.map((n) => ({ line: lineOf(n), what: 'EXECUTE of a built string' }));
  for (const { query, lineno, executed } of found) {
    let parsed: { stmts?: { stmt: Record<string, any> }[] };
    try {
      parsed = parseSync(query) as typeof parsed;
    } catch {
      // PL/pgSQL variables in the SQL can make it unparsable alone; an EXECUTEd string is only checked when run.
      unreadable.push({
        line: lineOf(lineno),
        what: executed ? 'EXECUTE of a string that does not parse as SQL' : 'a statement that uses PL/pgSQL variables',
      });
      continue;
    }
    for (const { stmt } of parsed.stmts ?? [])
      statements.push({
        node: stmt,
        kind: Object.keys(stmt)[0],
        text: query.trim(),
        line: lineOf(lineno),
        endLine: lineOf(lineno),
      });
  }
  return { statements, unreadable };
}
