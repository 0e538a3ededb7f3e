import { loadModule, parseSync, scanSync } from 'libpg-query';
import { readDoBlockSql } from './do-block.js';

export interface Statement {
  /** The statement's node: `{ IndexStmt: {...} }`. */
  node: Record<string, any>;
  kind: string;
  text: string;
  line: number;
  endLine: number;
  /** For a DO statement: the SQL inside its block, read where the parser is loaded. */
  doBlock?: DoBlock | null;
}

export interface DoBlock {
  /** The static SQL statements, on their lines. */
  statements: Statement[];
  /** What the rules could not read: a body in another language, or EXECUTE of a built string (with its line). */
  unreadable: { line: number; what: string }[];
}

export interface SqlComment {
  line: number;
  endLine: number;
  text: string;
}

export interface ParsedSql {
  statements: Statement[];
  comments: SqlComment[];
  error?: { message: string; line: number };
}

let loaded: Promise<void> | undefined;

/** Loads Postgres's parser (WebAssembly) once. */
export function loadParser(): Promise<void> {
  loaded ??= loadModule();
  return loaded;
}

/**
 * Maps byte offsets to lines. The parser reports UTF-8 byte offsets, not string indexes: an `é` in a comment
 * before a statement is two bytes, and counting characters would shift every later line.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  readonly bytes: Buffer;

  constructor(text: string) {
    this.bytes = Buffer.from(text, 'utf8');
    for (let i = 0; i < this.bytes.length; i++) if (this.bytes[i] === 0x0a) this.starts.push(i + 1);
  }

  lineAt(byte: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= byte) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  slice(start: number, end: number): string {
    return this.bytes.subarray(start, end).toString('utf8');
  }
}

type Token = { start: number; end: number; tokenName: string };

const isComment = (t: Token): boolean => t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT';

/** Postgres's own lexer's tokens; none when it cannot scan the text (the parser then says why). */
function lex(sql: string): Token[] {
  try {
    return scanSync(sql).tokens;
  } catch {
    return [];
  }
}

/** The comment tokens, with their lines and text. */
function commentsOf(tokens: Token[], index: LineIndex): SqlComment[] {
  return tokens.filter(isComment).map((t) => ({
    line: index.lineAt(t.start),
    endLine: index.lineAt(Math.max(t.start, t.end - 1)),
    text: index.slice(t.start, t.end),
  }));
}

/** The comments of a SQL text, found by Postgres's own lexer (the parser must be loaded). */
export function sqlComments(sql: string): SqlComment[] {
  return commentsOf(lex(sql), new LineIndex(sql));
}

/** Parses SQL with the real PostgreSQL parser; statements and comments carry their lines. */
export async function parseSql(sql: string): Promise<ParsedSql> {
  await loadParser();
  const index = new LineIndex(sql);
  const tokens = lex(sql);
  const comments = commentsOf(tokens, index);
  let result: { stmts?: { stmt: Record<string, any>; stmt_location?: number; stmt_len?: number }[] };
  try {
    result = parseSync(sql) as typeof result;
  } catch (err: any) {
    const pos = typeof err?.sqlDetails?.cursorPosition === 'number' ? err.sqlDetails.cursorPosition : 0;
    return { statements: [], comments, error: { message: String(err?.message ?? err), line: index.lineAt(pos) } };
  }
  const code = tokens.filter((t) => !isComment(t));
  const statements: Statement[] = [];
  for (const raw of result.stmts ?? []) {
    const location = raw.stmt_location ?? 0;
    const end = raw.stmt_len ? location + raw.stmt_len : index.bytes.length;
    // stmt_location points just past the previous semicolon; the statement starts at its first real token.
    const first = code.find((t) => t.start >= location && t.start < end);
    const start = first ? first.start : location;
    const kind = Object.keys(raw.stmt)[0];
    const statement: Statement = {
      node: raw.stmt,
      kind,
      text: index.slice(start, end).trim(),
      line: index.lineAt(start),
      endLine: index.lineAt(Math.max(start, end - 1)),
    };
    if (kind === 'DoStmt') statement.doBlock = readDoBlockSql(statement);
    statements.push(statement);
  }
  return { statements, comments };
}
