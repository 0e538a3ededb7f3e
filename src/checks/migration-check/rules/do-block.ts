// The SQL statements inside a `DO $$ … $$` block, so the rules judge them too: real migrations (supabase/auth, for
// one) wrap ALTER TABLE in DO blocks to catch errors, and a DO block is otherwise opaque to a linter.
import { parsePlPgSQLSync, parseSync } from 'libpg-query';
import type { Statement } from '../parse.js';
import { sval } from './rule.js';

/** Every PL/pgSQL statement node that runs static SQL (EXECUTE of a string is dynamic: it cannot be read). */
function sqlOf(node: unknown, out: { query: string; lineno: number }[]): void {
  if (Array.isArray(node)) for (const n of node) sqlOf(n, out);
  else if (node && typeof node === 'object') {
    const exec = (node as any).PLpgSQL_stmt_execsql;
    if (exec?.sqlstmt?.PLpgSQL_expr?.query)
      out.push({ query: exec.sqlstmt.PLpgSQL_expr.query, lineno: exec.lineno ?? 1 });
    for (const value of Object.values(node)) sqlOf(value, out);
  }
}

/**
 * The statements of a PL/pgSQL DO block, on the lines they sit on; undefined when `statement` is not one, or its body
 * cannot be read (another language, or PL/pgSQL the parser rejects: Postgres would reject it too, and the apply
 * check reports that).
 */
export function statementsInDoBlock(statement: Statement): Statement[] | undefined {
  const args: any[] = statement.node.DoStmt?.args ?? [];
  if (!args.length) return undefined;
  const arg = (name: string) => args.find((a) => a.DefElem?.defname === name)?.DefElem?.arg;
  const body = sval(arg('as'));
  const language = sval(arg('language')) ?? 'plpgsql';
  if (body === undefined || language.toLowerCase() !== 'plpgsql') return undefined;
  let tag = 'lg_do';
  while (body.includes(`$${tag}$`)) tag += '_';
  const found: { query: string; lineno: number }[] = [];
  try {
    sqlOf(
      parsePlPgSQLSync(`CREATE FUNCTION pg_temp.lg_do() RETURNS void LANGUAGE plpgsql AS $${tag}$${body}$${tag}$`),
      found,
    );
  } catch {
    return undefined;
  }
  const statements: Statement[] = [];
  for (const { query, lineno } of found) {
    let parsed: { stmts?: { stmt: Record<string, any> }[] };
    try {
      parsed = parseSync(query) as typeof parsed;
    } catch {
      continue; // PL/pgSQL variables in the SQL can make it unparsable alone; the apply check still runs it.
    }
    const line = Math.min(statement.line + lineno - 1, statement.endLine);
    for (const { stmt } of parsed.stmts ?? [])
      statements.push({ node: stmt, kind: Object.keys(stmt)[0], text: query.trim(), line, endLine: line });
  }
  return statements;
}
