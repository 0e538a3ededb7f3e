import { describe, expect, test } from '@jest/globals';
import { parseSql, LineIndex, sqlComments } from '../../src/checks/migration-check/parse.js';
import { checkStatement, newFileState, newSetState } from '../../src/checks/migration-check/rules.js';
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

// Each rule's own failing and passing cases sit beside it in src/checks/migration-check/rules/<id>.ts and run in
// migration-catalog.test.ts; these are the verdicts that need more than one statement, file or Postgres version.
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
  test('the statements of a PL/pgSQL DO block are judged, in one transaction, on their own lines', async () => {
    const sql = `${T}DO $$\nBEGIN\n  IF true THEN\n    ALTER TABLE orders ALTER COLUMN a TYPE bigint;\n  END IF;\nEND $$;`;
    const parsed = await parseSql(sql);
    const state = newFileState(17, false);
    const hits = parsed.statements.flatMap((s) => checkStatement(s, state));
    expect(hits.map((h) => [h.rule, h.statement.line])).toEqual([['change-column-type', 5]]);
    expect(await hitsOf('DO $$ BEGIN CREATE INDEX CONCURRENTLY i ON orders (a); END $$;')).toEqual([
      'concurrently-in-transaction',
    ]);
    // Locks taken inside the block are held to its end: VALIDATE there scans under ADD's lock.
    expect(
      await hitsOf(
        `${T}DO $$ BEGIN ALTER TABLE orders ADD CONSTRAINT c CHECK (a > 0) NOT VALID; ALTER TABLE orders VALIDATE CONSTRAINT c; END $$;`,
      ),
    ).toEqual(['validate-under-lock']);
    // A backfill is no finding; dynamic SQL and other languages cannot be read, and the notice says so.
    expect(await hitsOf('DO $$ BEGIN UPDATE orders SET a = 1 WHERE a IS NULL; END $$;')).toEqual([]);
    expect(await hitsOf("DO $$ BEGIN EXECUTE 'DROP TABLE ' || 'orders'; END $$;")).toEqual(['unchecked-do-block']);
    // EXECUTE of one string constant runs that text: judged like the statement itself (supabase/auth does this).
    expect(await hitsOf(`${T}DO $$ BEGIN EXECUTE 'drop index auth.unique_verified_phone_factor'; END $$;`)).toEqual([
      'require-concurrent-index-drop',
    ]);
    expect(
      await hitsOf(`${T}DO $$ BEGIN EXECUTE $q$ALTER TABLE orders ALTER COLUMN a TYPE bigint$q$; END $$;`),
    ).toEqual(['change-column-type']);
    expect(await hitsOf("DO $$ BEGIN EXECUTE 'UPDATE orders SET a = 1 WHERE a IS NULL'; END $$;")).toEqual([]);
    // A string with USING parameters, or one that is not SQL, stays unchecked (a notice, never a silent pass).
    expect(await hitsOf("DO $$ BEGIN EXECUTE 'UPDATE orders SET a = $1' USING 1; END $$;")).toEqual([
      'unchecked-do-block',
    ]);
    expect(await hitsOf("DO $$ BEGIN EXECUTE 'not sql at all'; END $$;")).toEqual(['unchecked-do-block']);
    expect(await hitsOf("DO LANGUAGE plpython3u $$ plpy.execute('DROP TABLE orders') $$;")).toEqual([
      'unchecked-do-block',
    ]);
  });

  test('SET LOCAL lock_timeout ends with its transaction', async () => {
    expect(await hitsOf("BEGIN; SET LOCAL lock_timeout = '5s'; COMMIT; ALTER TABLE orders ADD COLUMN n text;")).toEqual(
      ['require-lock-timeout'],
    );
    expect(await hitsOf("BEGIN; SET LOCAL lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN n text;")).toEqual([]);
    // Outside a transaction SET LOCAL does nothing (Postgres only warns).
    expect(await hitsOf("SET LOCAL lock_timeout = '5s'; ALTER TABLE orders ADD COLUMN n text;")).toEqual([
      'require-lock-timeout',
    ]);
  });

  test('lock levels follow Postgres: weaker ALTER TABLE forms need no lock_timeout, the rest do', async () => {
    for (const weak of [
      'ALTER TABLE orders ALTER COLUMN a SET STATISTICS 500;',
      'ALTER TABLE orders SET (fillfactor = 90);',
      'ALTER TABLE orders CLUSTER ON orders_pkey;',
      'ALTER TABLE orders VALIDATE CONSTRAINT c;',
      'LOCK TABLE orders IN ACCESS EXCLUSIVE MODE NOWAIT;',
    ])
      expect([weak, await hitsOf(weak)]).toEqual([weak, weak.startsWith('LOCK') ? ['lock-table'] : []]);
    for (const blocking of [
      'ALTER TABLE orders ENABLE ROW LEVEL SECURITY;',
      'ALTER TABLE orders DISABLE TRIGGER t;',
      'ALTER TABLE orders OWNER TO someone;',
      'ALTER TABLE orders REPLICA IDENTITY FULL;',
      'ALTER TABLE orders ALTER COLUMN a SET STORAGE EXTERNAL;',
      'CREATE POLICY p ON orders USING (true);',
      'DROP POLICY p ON orders;',
      "CREATE TABLE e2 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
      'ALTER SEQUENCE orders_id_seq RESTART;',
    ])
      expect([blocking, await hitsOf(blocking)]).toEqual([blocking, ['require-lock-timeout']]);
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
  test('comments come from the lexer, with their lines, the same for parseSql and sqlComments', async () => {
    const sql = "-- migrate:up é\nSELECT '-- not a comment';\n/* two\n lines */ SELECT 1;\n";
    const parsed = await parseSql(sql);
    expect(parsed.comments).toEqual([
      { line: 1, endLine: 1, text: '-- migrate:up é' },
      { line: 3, endLine: 4, text: '/* two\n lines */' },
    ]);
    expect(sqlComments(sql)).toEqual(parsed.comments);
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
