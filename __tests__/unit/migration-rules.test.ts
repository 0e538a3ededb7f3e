import { describe, expect, test } from '@jest/globals';
import { parseSql, LineIndex } from '../../src/checks/migration-check/parse.js';
import { checkStatement, newFileState, newSetState, RULES } from '../../src/checks/migration-check/rules.js';
import { CATALOG } from '../../src/checks/migration-check/rules/index.js';
import { parseRuleSeverities } from '../../src/checks/migration-check/index.js';

/** The rules hit by the last statement of `sql`, after the earlier ones set up the state. */
async function hitsOf(sql: string, opts: { pg?: number; wrapped?: boolean } = {}): Promise<string[]> {
  const parsed = await parseSql(sql);
  if (parsed.error) throw new Error(parsed.error.message);
  const state = newFileState(opts.pg ?? 17, opts.wrapped ?? false);
  let hits: string[] = [];
  for (const s of parsed.statements) hits = checkStatement(s, state).map((h) => h.rule);
  return hits;
}

const T = "SET lock_timeout = '5s';\n";

// Each rule: a statement that must hit it, and the safe version that must not.
const CASES: [string, string, string, { pg?: number; wrapped?: boolean }?][] = [
  [
    'validate-under-lock',
    T + 'BEGIN; ALTER TABLE orders ADD CONSTRAINT c CHECK (a > 0) NOT VALID; ALTER TABLE orders VALIDATE CONSTRAINT c;',
    T +
      'BEGIN; ALTER TABLE orders ADD CONSTRAINT c CHECK (a > 0) NOT VALID; COMMIT; ALTER TABLE orders VALIDATE CONSTRAINT c;',
  ],
  ['require-concurrent-index', 'CREATE INDEX i ON orders (a);', 'CREATE INDEX CONCURRENTLY i ON orders (a);'],
  [
    'concurrently-in-transaction',
    'BEGIN; CREATE INDEX CONCURRENTLY i ON orders (a);',
    'CREATE INDEX CONCURRENTLY i ON orders (a);',
  ],
  ['require-concurrent-index-drop', T + 'DROP INDEX i;', 'DROP INDEX CONCURRENTLY i;'],
  [
    'adding-not-null-column',
    T + 'ALTER TABLE orders ADD COLUMN s text NOT NULL;',
    T + "ALTER TABLE orders ADD COLUMN s text NOT NULL DEFAULT 'new';",
  ],
  [
    'volatile-default',
    T + 'ALTER TABLE orders ADD COLUMN u uuid DEFAULT gen_random_uuid();',
    T + 'ALTER TABLE orders ADD COLUMN t timestamptz DEFAULT now();',
  ],
  [
    'set-not-null',
    T + 'ALTER TABLE orders ALTER COLUMN s SET NOT NULL;',
    T +
      'ALTER TABLE orders ADD CONSTRAINT s_nn CHECK (s IS NOT NULL) NOT VALID; ALTER TABLE orders VALIDATE CONSTRAINT s_nn; ALTER TABLE orders ALTER COLUMN s SET NOT NULL;',
  ],
  [
    'constraint-not-valid',
    T + 'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customers (id);',
    T + 'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customers (id) NOT VALID;',
  ],
  [
    'unique-without-index',
    T + 'ALTER TABLE orders ADD CONSTRAINT u UNIQUE (ref);',
    T + 'ALTER TABLE orders ADD CONSTRAINT u UNIQUE USING INDEX orders_ref_idx;',
  ],
  [
    'change-column-type',
    T + 'ALTER TABLE orders ALTER COLUMN amount TYPE numeric;',
    T + 'ALTER TABLE orders ADD COLUMN amount_v2 numeric;',
  ],
  [
    'rename-column',
    T + 'ALTER TABLE orders RENAME COLUMN a TO b;',
    'CREATE TABLE t (a text); ALTER TABLE t RENAME COLUMN a TO b;',
  ],
  [
    'rename-table',
    T + 'ALTER TABLE orders RENAME TO purchases;',
    'CREATE TABLE t (a text); ALTER TABLE t RENAME TO u;',
  ],
  [
    'drop-column',
    T + 'ALTER TABLE orders DROP COLUMN legacy;',
    'CREATE TABLE t (a text, b text); ALTER TABLE t DROP COLUMN b;',
  ],
  ['drop-table', T + 'DROP TABLE orders;', 'CREATE TABLE t (a text); DROP TABLE t;'],
  ['truncate', 'TRUNCATE orders;', 'DELETE FROM orders WHERE id < 100;'],
  ['vacuum-full', 'VACUUM FULL orders;', 'VACUUM orders;'],
  ['cluster', 'CLUSTER orders USING orders_pkey;', 'ANALYZE orders;'],
  ['lock-table', 'LOCK TABLE orders;', 'SELECT 1;'],
  ['reindex-without-concurrently', 'REINDEX INDEX orders_pkey;', 'REINDEX INDEX CONCURRENTLY orders_pkey;'],
  ['require-lock-timeout', 'ALTER TABLE orders ADD COLUMN n text;', T + 'ALTER TABLE orders ADD COLUMN n text;'],
  [
    'prefer-bigint',
    'CREATE TABLE t (id serial PRIMARY KEY);',
    'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);',
  ],
  ['prefer-text', 'CREATE TABLE t (name varchar(40));', 'CREATE TABLE t (name text);'],
  ['prefer-timestamptz', 'CREATE TABLE t (at timestamp);', 'CREATE TABLE t (at timestamptz);'],
];

describe('every lint rule has a failing and a passing case', () => {
  // Every row has four cells: jest hands a three-parameter row a done callback as the fourth.
  test.each(CASES.map((c) => [c[0], c[1], c[2], c[3] ?? {}] as const))('%s', async (rule, bad, good, opts) => {
    expect(await hitsOf(bad, opts)).toContain(rule);
    expect(await hitsOf(good, opts)).not.toContain(rule);
  });

  test('the table covers every statement rule', () => {
    const statementRules = Object.keys(RULES).filter(
      (r) =>
        ![
          'syntax-error',
          'apply-failed',
          'apply-not-checked',
          'statement-timeout',
          'not-utf8',
          'unrendered-template',
          'undetected-migrations',
          'edited-applied-migration',
          'empty-migration',
          // Catalog rules carry their cases in their own file (migration-catalog.test.ts).
          ...CATALOG.map((c) => c.id),
        ].includes(r),
    );
    expect(CASES.map((c) => c[0]).sort()).toEqual(statementRules.sort());
  });
});

describe('verdicts that depend on context', () => {
  test('a table created in the same migration is exempt from existing-table rules', async () => {
    expect(await hitsOf('CREATE TABLE t (a text); CREATE INDEX i ON t (a);')).toEqual([]);
    expect(await hitsOf('CREATE TABLE t (a text); ALTER TABLE t ADD COLUMN b text NOT NULL;')).toEqual([]);
  });
  test('a constant default is safe from Postgres 11 on, a rewrite before', async () => {
    const sql = T + "ALTER TABLE orders ADD COLUMN s text DEFAULT 'x';";
    expect(await hitsOf(sql, { pg: 17 })).toEqual([]);
    expect(await hitsOf(sql, { pg: 10 })).toEqual(['volatile-default']);
  });
  test('CONCURRENTLY in a file the tool wraps in a transaction', async () => {
    expect(await hitsOf('CREATE INDEX CONCURRENTLY i ON orders (a);', { wrapped: true })).toEqual([
      'concurrently-in-transaction',
    ]);
  });
  test('locks are held until commit: VALIDATE after ADD … NOT VALID in one transaction scans under that lock', async () => {
    const sql =
      T + 'ALTER TABLE orders ADD CONSTRAINT c CHECK (a > 0) NOT VALID; ALTER TABLE orders VALIDATE CONSTRAINT c;';
    expect(await hitsOf(sql, { wrapped: true })).toEqual(['validate-under-lock']);
    expect(await hitsOf(sql, { wrapped: false })).toEqual([]);
    // A foreign key NOT VALID holds SHARE ROW EXCLUSIVE, which blocks writes during the scan too.
    const fk =
      T +
      'ALTER TABLE orders ADD CONSTRAINT f FOREIGN KEY (c) REFERENCES customers (id) NOT VALID; ALTER TABLE orders VALIDATE CONSTRAINT f;';
    expect(await hitsOf(fk, { wrapped: true })).toEqual(['validate-under-lock']);
  });
  test('CHECK NOT VALID, VALIDATE and SET NOT NULL split across migrations of one set pass', async () => {
    const set = newSetState();
    const run = async (sql: string) => {
      const parsed = await parseSql(sql);
      const state = newFileState(17, true, set);
      return parsed.statements.flatMap((s) => checkStatement(s, state).map((h) => h.rule));
    };
    expect(await run(T + 'ALTER TABLE orders ADD CONSTRAINT s_nn CHECK (s IS NOT NULL) NOT VALID;')).toEqual([]);
    expect(await run(T + 'ALTER TABLE orders VALIDATE CONSTRAINT s_nn;')).toEqual([]);
    expect(await run(T + 'ALTER TABLE orders ALTER COLUMN s SET NOT NULL;')).toEqual([]);
    expect(await run(T + 'ALTER TABLE orders ALTER COLUMN other SET NOT NULL;')).toEqual(['set-not-null']);
  });
  test('lock_timeout reset to 0 does not count', async () => {
    expect(
      await hitsOf("SET lock_timeout = '5s'; SET lock_timeout = 0; ALTER TABLE orders ADD COLUMN n text;"),
    ).toEqual(['require-lock-timeout']);
  });
});

describe('parsing', () => {
  test('statement lines count UTF-8 bytes right: an é before a statement does not shift it', async () => {
    const parsed = await parseSql('-- café é é é é é\n/* ünïcödé */\n\nCREATE INDEX i ON t (a);\nSELECT 1;\n');
    expect(parsed.statements.map((s) => [s.kind, s.line])).toEqual([
      ['IndexStmt', 4],
      ['SelectStmt', 5],
    ]);
    expect(parsed.statements[0].text).toBe('CREATE INDEX i ON t (a);'.replace(';', ''));
  });
  test('a syntax error carries its line and the parser message', async () => {
    const parsed = await parseSql('SELECT 1;\n-- é\nCREATE TABL x ();\n');
    expect(parsed.error).toEqual({ message: 'syntax error at or near "TABL"', line: 3 });
  });
  test('LineIndex maps bytes to lines', () => {
    const idx = new LineIndex('é\nb\n');
    expect(idx.lineAt(0)).toBe(1);
    expect(idx.lineAt(3)).toBe(2);
  });
  test('rule severities input', () => {
    expect(parseRuleSeverities(['drop-column: error', 'prefer-text: off']).get('prefer-text')).toBe('off');
    expect(() => parseRuleSeverities(['drop-colum: error'])).toThrow(
      /unknown rule 'drop-colum' \(did you mean 'drop-column'\?\)/,
    );
    expect(() => parseRuleSeverities(['drop-column: fatal'])).toThrow(/severity 'fatal'/);
  });
});
