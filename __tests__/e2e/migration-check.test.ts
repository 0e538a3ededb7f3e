import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAction } from '../helpers/run-action.js';
import { TempRepo } from '../helpers/git-repo.js';
import { startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { closedPort } from '../helpers/servers.js';

const INIT = `CREATE TABLE orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_ref text,
  amount numeric
);
`;

describe('migration-check on a pull request', () => {
  let repo: TempRepo;
  let base: string;
  beforeAll(() => {
    repo = new TempRepo();
    base = repo.commit('init', {
      'migrations/001_init.sql': INIT,
      'src/orders.ts': 'export const ref = (row: any) => row.customer_ref;\n',
    });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('pr', {
      'migrations/001_init.sql': INIT + '-- edited after it shipped\n',
      'migrations/002_orders.sql': [
        '-- Café orders: é before the statements must not shift lines',
        "SET lock_timeout = '5s';",
        'CREATE INDEX orders_customer ON orders (customer_ref);',
        '-- launchgate:ignore drop-column the app stopped reading it in v41',
        'ALTER TABLE orders DROP COLUMN amount;',
        'ALTER TABLE orders DROP COLUMN customer_ref;',
        '',
      ].join('\n'),
    });
  });

  test('lints only what the PR changed, on the right lines, and flags the edited migration', async () => {
    const run = await runAction('migration-check', {
      cwd: repo.dir,
      eventName: 'pull_request',
      event: { pull_request: { number: 3, base: { sha: base, ref: 'main' } } },
    });
    expect(run.exitCode).toBe(1);
    const byRule = Object.fromEntries(run.annotations.filter((a) => a.file).map((a) => [a.title!.split(':')[0], a]));
    expect(byRule['require-concurrent-index']).toMatchObject({
      level: 'error',
      file: 'migrations/002_orders.sql',
      line: 3,
    });
    expect(byRule['edited-applied-migration']).toMatchObject({
      level: 'error',
      file: 'migrations/001_init.sql',
      line: 1,
    });
    expect(byRule['drop-column']).toMatchObject({ level: 'warning', line: 6 });
    expect(byRule['drop-column'].message).toContain('`orders.customer_ref` is still used in src/orders.ts:1');
    expect(run.annotations.filter((a) => a.title?.startsWith('drop-column'))).toHaveLength(1);
    expect(run.summary).toContain('| migrations/002_orders.sql:5 | drop-column | the app stopped reading it in v41 |');
    expect(run.summary).toContain('| migrations/002_orders.sql | plain | no | 4 | new |');
    expect(run.summary).toContain('| migrations/001_init.sql | plain | no | 1 | edited |');
    expect(run.summary).toMatch(/embedded PGlite: 5 statement\(s\) applied — every migration applies/);
    expect(run.outputs.findings).toBe('3');
  });

  test('changed-only: false lints every file; rules input changes severities', async () => {
    const run = await runAction('migration-check', {
      cwd: repo.dir,
      inputs: { 'changed-only': 'false', rules: 'require-concurrent-index: warning\ndrop-column: off' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.annotations.map((a) => `${a.level} ${a.title?.split(':')[0]}`)).toEqual([
      'warning require-concurrent-index',
    ]);
  });

  test('a base missing from the clone says how to fetch it', async () => {
    const run = await runAction('migration-check', {
      cwd: repo.dir,
      inputs: { 'changed-only': 'true', base: 'origin/nope' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0].message).toBe(
      "The base 'origin/nope' is not in this clone. Fetch it: set fetch-depth: 0 on actions/checkout (or run git fetch origin origin/nope).",
    );
  });
});

describe('apply check on the embedded engine', () => {
  test('a statement that may depend on a skipped extension is not checked (an error), and applying goes on', async () => {
    const repo = new TempRepo().write({
      'db/migrations/001_init.sql':
        'CREATE EXTENSION IF NOT EXISTS citext;\nCREATE TABLE users (id bigint PRIMARY KEY, email citext);\nCREATE EXTENSION postgis;\n',
      'db/migrations/002_geo.sql': 'ALTER TABLE users ADD COLUMN home geometry(Point, 4326);\n',
      'db/migrations/003_more.sql':
        "SET lock_timeout = '1s';\nINSERT INTO users (id, email) VALUES (1, 'a@example.com');\nINSERT INTO customers VALUES (1);\n",
    });
    const run = await runAction('migration-check', { cwd: repo.dir, inputs: { 'changed-only': 'false' } });
    expect(run.exitCode).toBe(1);
    const notChecked = run.annotations.filter((a) => a.title?.startsWith('apply-not-checked'));
    expect(notChecked.map((a) => [a.file, a.line, a.level])).toEqual([
      ['db/migrations/002_geo.sql', 1, 'error'],
      ['db/migrations/003_more.sql', 3, 'error'],
    ]);
    expect(notChecked[0].message).toContain('type "geometry" does not exist');
    expect(notChecked[0].message).toContain(
      "db/migrations/001_init.sql:3 (the embedded engine has no extension 'postgis')",
    );
    expect(notChecked[0].message).toContain('Set apply: database-url');
    // The citext table and the INSERT that needs it still applied after the skip: 2 in 001, 2 in 003.
    expect(run.summary).toContain('embedded PGlite: 4 statement(s) applied, 1 skipped, 2 not checked.');
    expect(run.summary).toContain("| db/migrations/001_init.sql:3 | the embedded engine has no extension 'postgis' |");
    expect(run.summary).toContain('set `apply: database-url`');
  });

  test('a syntax error is an annotation at its line with the parser message; later files still apply', async () => {
    const repo = new TempRepo().write({
      'migrations/001.sql': 'CREATE TABLE a (id bigint);\n-- ü\nCREATE TABL b ();\n',
      'migrations/002.sql': 'SELECT 1;\n',
    });
    const run = await runAction('migration-check', { cwd: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]).toMatchObject({
      level: 'error',
      file: 'migrations/001.sql',
      line: 3,
      message: 'syntax error at or near "TABL".',
    });
    expect(run.summary).toContain('embedded PGlite: 1 statement(s) applied, 1 skipped.');
    expect(run.summary).toContain('| migrations/001.sql:3 | the file does not parse |');
  });

  test('an empty migration and no migrations at all are warnings; a glob that matches nothing is an error', async () => {
    const empty = new TempRepo().write({ 'migrations/001.sql': '-- nothing yet\n' });
    const run = await runAction('migration-check', { cwd: empty.dir });
    expect(run.annotations[0]).toMatchObject({ level: 'warning', title: expect.stringMatching(/^empty-migration/) });
    const none = new TempRepo().write({ 'README.md': 'hi' });
    const nothing = await runAction('migration-check', { cwd: none.dir });
    expect(nothing.annotations[0]).toMatchObject({ level: 'warning', title: 'no-migrations: No migrations found' });
    expect(nothing.outputs.result).toBe('pass');
    const glob = await runAction('migration-check', { cwd: none.dir, inputs: { migrations: 'sql/*.sql' } });
    expect(glob.exitCode).toBe(1);
    expect(glob.annotations[0].message).toContain(`Input 'migrations' got "sql/*.sql", which match no file`);
    expect(glob.outputs.result).not.toBe('pass');
  });
});

describe('layouts', () => {
  test('Prisma: a multi-statement migration runs in a transaction, so CONCURRENTLY fails there', async () => {
    const repo = new TempRepo().write({
      'prisma/migrations/20240101000000_init/migration.sql': INIT,
      'prisma/migrations/20240201000000_index/migration.sql':
        'CREATE INDEX CONCURRENTLY orders_ref ON orders (customer_ref);\n',
      'prisma/migrations/20240301000000_two/migration.sql':
        "SET lock_timeout = '1s';\nCREATE INDEX CONCURRENTLY orders_amount ON orders (amount);\n",
    });
    const run = await runAction('migration-check', { cwd: repo.dir, inputs: { apply: 'none' } });
    const hits = run.annotations.filter((a) => a.title?.startsWith('concurrently-in-transaction'));
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ file: 'prisma/migrations/20240301000000_two/migration.sql', line: 2 });
    expect(hits[0].message).toContain('Prisma runs a multi-statement migration in a transaction');
    expect(run.summary).toContain(
      '| prisma/migrations/20240201000000_index/migration.sql | prisma | no | 1 | linted |',
    );
  });

  test('Flyway: versions order numerically (V1_2 before V1_10), so the apply check passes', async () => {
    const repo = new TempRepo().write({
      'db/migration/V1_10__add_note.sql': "SET lock_timeout = '1s';\nALTER TABLE orders ADD COLUMN note text;\n",
      'db/migration/V1_2__init.sql': INIT,
      'db/migration/V1_10__add_note.sql.conf': 'executeInTransaction=false\n',
    });
    const run = await runAction('migration-check', { cwd: repo.dir });
    expect(run.exitCode).toBe(0);
    expect(run.summary.indexOf('V1_2__init.sql')).toBeLessThan(run.summary.indexOf('V1_10__add_note.sql |'));
    expect(run.summary).toContain('| db/migration/V1_10__add_note.sql | flyway | no | 2 | linted |');
    expect(run.summary).toContain('every migration applies');
  });

  test('Drizzle: the journal sets the order, and every file runs in a transaction', async () => {
    const repo = new TempRepo().write({
      // File names that sort the other way: only the journal's order applies them.
      'drizzle/a_add_note.sql':
        "SET lock_timeout = '1s';\n--> statement-breakpoint\nALTER TABLE orders ADD COLUMN note text;\n",
      'drizzle/b_init.sql': INIT,
      'drizzle/meta/_journal.json': JSON.stringify({
        entries: [
          { idx: 0, tag: 'b_init' },
          { idx: 1, tag: 'a_add_note' },
        ],
      }),
    });
    const run = await runAction('migration-check', { cwd: repo.dir });
    expect(run.exitCode).toBe(0);
    expect(run.summary.indexOf('drizzle/b_init.sql')).toBeLessThan(run.summary.indexOf('drizzle/a_add_note.sql'));
    expect(run.summary).toContain('| drizzle/a_add_note.sql | drizzle | yes | 2 | linted |');
    expect(run.summary).toContain('every migration applies');
  });

  test('dbmate: only the up section is linted, and transaction:false is honoured', async () => {
    const repo = new TempRepo().write({
      'db/migrations/20240101_init.sql': `-- migrate:up\n${INIT}\n-- migrate:down\nDROP TABLE orders;\n`,
      'db/migrations/20240102_idx.sql':
        '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON orders (amount);\n-- migrate:down\nDROP INDEX i;\n',
    });
    const run = await runAction('migration-check', { cwd: repo.dir });
    expect(run.annotations.filter((a) => a.file)).toEqual([]);
    expect(run.summary).toContain('| db/migrations/20240102_idx.sql | dbmate | no | 1 | linted |');
  });
});

describe('sets and more layouts', () => {
  test('a monorepo: two Prisma schemas and a Drizzle folder each apply to their own database', async () => {
    const status = "CREATE TYPE status AS ENUM ('a', 'b');\nCREATE TABLE jobs (id bigint PRIMARY KEY, s status);\n";
    const repo = new TempRepo().write({
      'apps/web/prisma/migrations/20240101000000_init/migration.sql': status,
      'apps/jobs/prisma/migrations/20240101000000_init/migration.sql': status,
      'apps/jobs/drizzle/0000_init.sql': status,
    });
    const run = await runAction('migration-check', { cwd: repo.dir });
    expect(run.annotations.filter((a) => a.file)).toEqual([]);
    expect(run.exitCode).toBe(0);
    for (const set of ['apps/jobs/drizzle', 'apps/jobs/prisma/migrations', 'apps/web/prisma/migrations'])
      expect(run.summary).toContain(`Set ${set} — embedded PGlite: 2 statement(s) applied — every migration applies.`);
  });

  test('Diesel folders, Flyway locations from flyway.toml, and a golang-migrate template', async () => {
    const repo = new TempRepo().write({
      'diesel/migrations/2024-01-01-000000_init/up.sql': INIT,
      'diesel/migrations/2024-01-01-000000_init/down.sql': 'DROP TABLE orders;\n',
      'diesel/migrations/2024-02-01-000000_idx/up.sql': 'CREATE INDEX CONCURRENTLY orders_amount ON orders (amount);\n',
      'diesel/migrations/2024-02-01-000000_idx/down.sql': 'DROP INDEX orders_amount;\n',
      'diesel/migrations/2024-02-01-000000_idx/metadata.toml': 'run_in_transaction = false\n',
      // Flyway merges its locations and orders them by version: V2 (in extra/) needs V1 (in sql/).
      'db/flyway.toml': '[flyway]\nlocations = ["filesystem:sql", "filesystem:extra"]\n',
      'db/sql/V1__init.sql': INIT,
      'db/extra/V2__note.sql': "SET lock_timeout = '1s';\nALTER TABLE orders ADD COLUMN note text;\n",
      'gm/migrations/000001_init.up.sql': 'CREATE TABLE {{ .Schema }}.t (id bigint);\n',
    });
    const run = await runAction('migration-check', { cwd: repo.dir });
    expect(run.summary).toContain('| diesel/migrations/2024-01-01-000000_init/up.sql | diesel | yes | 1 | linted |');
    expect(run.summary).toContain('| diesel/migrations/2024-02-01-000000_idx/up.sql | diesel | no | 1 | linted |');
    expect(run.summary).toContain(
      'Set db/flyway.toml — embedded PGlite: 3 statement(s) applied — every migration applies.',
    );
    const files = run.annotations.filter((a) => a.file);
    expect(files.map((a) => [a.title?.split(':')[0], a.file, a.level])).toEqual([
      ['unrendered-template', 'gm/migrations/000001_init.up.sql', 'warning'],
    ]);
    expect(files[0].message).toContain('template placeholders');
    expect(run.exitCode).toBe(0);
  });

  test('bad input: a folder no layout matches, and a file that is not UTF-8, are errors naming them', async () => {
    const repo = new TempRepo().write({
      'db/migrate/20240101_init.rb.sql': INIT,
      'migrations/001.sql': INIT,
    });
    writeFileSync(path.join(repo.dir, 'migrations/002.sql'), Buffer.from('SELECT 1;\n-- caf\xe9\n', 'latin1'));
    const run = await runAction('migration-check', { cwd: repo.dir });
    expect(run.exitCode).toBe(1);
    const byRule = Object.fromEntries(run.annotations.map((a) => [a.title?.split(':')[0], a]));
    expect(byRule['undetected-migrations'].message).toContain(
      "db/migrate holds .sql files that no known migration layout matches, so none of them was checked. Set input 'migrations'",
    );
    expect(byRule['not-utf8']).toMatchObject({ level: 'error', file: 'migrations/002.sql', line: 2 });
    expect(byRule['not-utf8'].message).toContain('migrations/002.sql is not valid UTF-8 (byte 16, line 2)');
  });
});

describe('apply to a real Postgres server', () => {
  let server: PostgresServer | string;
  beforeAll(async () => {
    server = await startPostgres();
    if (typeof server === 'string') console.warn(`SKIPPED real-Postgres tests: ${server}`);
  });
  afterAll(() => {
    if (typeof server !== 'string') server.stop();
  });

  test('applies inside a transaction that is rolled back, and reports the failing statement', async () => {
    if (typeof server === 'string') return;
    const good = new TempRepo().write({
      'migrations/001.sql': INIT,
      'migrations/002.sql': "SET lock_timeout = '1s';\nCREATE INDEX CONCURRENTLY i ON orders (amount);\n",
    });
    const ok = await runAction('migration-check', {
      cwd: good.dir,
      inputs: { apply: 'database-url', 'database-url': server.url },
    });
    expect(ok.exitCode).toBe(0);
    expect(ok.summary).toContain('database-url (rolled back): 2 statement(s) applied');
    expect(ok.summary).toContain('| migrations/002.sql:2 | cannot run inside the rolled-back transaction');
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const { rows } = await client.query("SELECT to_regclass('public.orders') AS t");
    await client.end();
    expect(rows[0].t).toBeNull();
    const bad = new TempRepo().write({ 'migrations/001.sql': INIT + 'ALTER TABLE orders ADD COLUMN x nosuchtype;\n' });
    const failed = await runAction('migration-check', {
      cwd: bad.dir,
      inputs: { apply: 'database-url', 'database-url': server.url },
    });
    expect(failed.exitCode).toBe(1);
    expect(failed.annotations.find((a) => a.title?.startsWith('apply-failed'))).toMatchObject({
      line: 6,
      message: expect.stringContaining('type "nosuchtype" does not exist'),
    });
  });
});

describe('migration-check bad input', () => {
  test('a database URL that cannot connect names the host, never the password', async () => {
    const port = await closedPort();
    const repo = new TempRepo().write({ 'migrations/001.sql': INIT });
    const url = `postgres://app:s3cretPassw0rd@127.0.0.1:${port}/app`;
    const run = await runAction('migration-check', {
      cwd: repo.dir,
      inputs: { apply: 'database-url', 'database-url': url },
    });
    expect(run.exitCode).toBe(1);
    const err = run.annotations.find((a) => a.level === 'error')!;
    expect(err.message).toContain(`cannot connect to the database at 127.0.0.1:${port}/app: ECONNREFUSED`);
    expect(run.everything).not.toContain('s3cretPassw0rd');
  });

  test('apply: database-url without a URL, and an unknown apply value', async () => {
    const run = await runAction('migration-check', { inputs: { apply: 'database-url' } });
    expect(run.annotations[0].message).toBe("Input 'database-url' is required when apply is database-url.");
    const bad = await runAction('migration-check', { inputs: { apply: 'docker' } });
    expect(bad.annotations[0].message).toBe(`Input 'apply' got "docker"; accepted: embedded, database-url, none.`);
  });
});
