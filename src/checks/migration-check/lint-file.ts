import { parseSql } from './parse.js';
import { checkStatement, finishFile, newFileState, type Hit } from './rules.js';

/** Lints one SQL text as a plain migration (no tool transaction): the rule hits, or the syntax error. */
export async function lintSql(sql: string, pgVersion = 17, wrapped = false): Promise<{ hits: Hit[]; error?: string }> {
  const parsed = await parseSql(sql);
  if (parsed.error) return { hits: [], error: parsed.error.message };
  const state = newFileState(pgVersion, wrapped);
  const hits = parsed.statements.flatMap((s) => checkStatement(s, state));
  return { hits: [...hits, ...finishFile(state)] };
}
