import { defineRule } from './rule.js';

/** Postgres's NAMEDATALEN - 1: a longer name is cut to 63 bytes with only a NOTICE. */
const MAX_BYTES = 63;
/** AST fields that name a new object (table, column, index, constraint, trigger, schema, …). */
const NAME_FIELDS = new Set(['relname', 'colname', 'idxname', 'conname', 'trigname', 'newname', 'schemaname']);

/** Name fields at the limit: Postgres's parser has already cut a longer name down to them. */
function namesAtLimit(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) for (const n of node) namesAtLimit(n, out);
  else if (node && typeof node === 'object')
    for (const key in node) {
      const value = (node as Record<string, unknown>)[key];
      // A cut never splits a UTF-8 character, so a cut name may be up to 3 bytes short of the limit. (A string of
      // fewer than 15 characters is at most 56 bytes: no need to count its bytes.)
      if (typeof value === 'string') {
        if (value.length >= 15 && NAME_FIELDS.has(key) && Buffer.byteLength(value) > MAX_BYTES - 4) out.add(value);
      } else if (value && typeof value === 'object') namesAtLimit(value, out);
    }
}

const IDENTIFIER_CHAR = /[\p{L}\p{N}_$]/u;

/** The name as written, when the statement's text continues it past what the parser kept. */
function writtenLonger(text: string, name: string): string | undefined {
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(name.toLowerCase()); at >= 0; at = lower.indexOf(name.toLowerCase(), at + 1)) {
    let end = at + name.length;
    while (end < text.length && IDENTIFIER_CHAR.test(text[end])) end++;
    if (end > at + name.length) return text.slice(at, end);
  }
  return undefined;
}

export default defineRule({
  id: 'identifier-too-long',
  severity: 'error',
  why: 'Postgres silently cuts names longer than 63 bytes, so the object gets a different name than the one the code and later migrations use.',
  fix: 'Use a name of at most 63 bytes.',
  squawk: 'identifier-too-long',
  check(statement) {
    const names = new Set<string>();
    namesAtLimit(statement.node, names);
    const hits = [];
    for (const name of names) {
      const written = writtenLonger(statement.text, name);
      if (written)
        hits.push({ detail: `${written} is ${Buffer.byteLength(written)} bytes; Postgres keeps only ${name}` });
    }
    return hits;
  },
  cases: {
    bad: [`CREATE TABLE t (${'a'.repeat(64)} text);`, `CREATE INDEX CONCURRENTLY ${'i'.repeat(70)} ON t (a);`],
    good: [`CREATE TABLE t (${'a'.repeat(63)} text);`, 'CREATE INDEX CONCURRENTLY "é_index" ON t (a);'],
  },
});
