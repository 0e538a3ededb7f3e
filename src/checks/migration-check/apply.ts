import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Statement } from './parse.js';

export interface ApplyUnit {
  file: string;
  wrapped: boolean;
  statements: Statement[];
}

export interface ApplyOutcome {
  /** The first statement that failed, with the database's message; applying stops there, as the tool would. */
  failure?: { file: string; statement: Statement; message: string; unverified: boolean };
  applied: number;
  /** Statements the engine could not run (an extension it lacks, a statement a rolled-back run cannot hold). */
  skipped: { file: string; statement: Statement; reason: string }[];
  engine: string;
}

export interface SqlEngine {
  name: string;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  /** What the engine cannot run, and why; undefined when it can. */
  cannotRun?(statement: Statement): string | undefined;
}

/** Contrib extensions PGlite ships, loaded when a migration asks for them. */
export const PGLITE_EXTENSIONS = [
  'amcheck',
  'auto_explain',
  'bloom',
  'btree_gin',
  'btree_gist',
  'citext',
  'cube',
  'dict_int',
  'dict_xsyn',
  'earthdistance',
  'file_fdw',
  'fuzzystrmatch',
  'hstore',
  'intarray',
  'isn',
  'lo',
  'ltree',
  'pageinspect',
  'pg_buffercache',
  'pg_freespacemap',
  'pg_stat_statements',
  'pg_surgery',
  'pg_trgm',
  'pg_visibility',
  'pg_walinspect',
  'pgcrypto',
  'seg',
  'tablefunc',
  'tcn',
  'tsm_system_rows',
  'tsm_system_time',
  'unaccent',
  'uuid-ossp',
];

/** Built-in extensions that need no bundle. */
const BUILTIN_EXTENSIONS = new Set(['plpgsql']);

/** The folder beside the bundle that holds PGlite's extension archives (copied there by scripts/build.mjs). */
function extensionDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.join(here, 'pglite-ext'), path.join(here, '..', 'shared', 'pglite-ext')])
    if (existsSync(candidate)) return candidate;
  return path.join(here, 'pglite-ext');
}

export function requestedExtensions(units: ApplyUnit[]): string[] {
  const names = new Set<string>();
  for (const u of units)
    for (const s of u.statements) if (s.node.CreateExtensionStmt) names.add(s.node.CreateExtensionStmt.extname);
  return [...names];
}

/** A fresh PGlite (Postgres compiled to WebAssembly) with the contrib extensions the migrations ask for. */
export async function embeddedEngine(extensionNames: string[]): Promise<SqlEngine> {
  const { PGlite } = await import('@electric-sql/pglite');
  const dir = extensionDir();
  const extensions: Record<string, { name: string; setup: () => Promise<{ bundlePath: URL }> }> = {};
  for (const name of extensionNames.filter((n) => PGLITE_EXTENSIONS.includes(n))) {
    const file = path.join(dir, `${name}.tar.gz`);
    if (existsSync(file))
      extensions[name.replace(/-/g, '_')] = { name, setup: async () => ({ bundlePath: new URL(`file://${file}`) }) };
  }
  const db = await PGlite.create({ extensions });
  return {
    name: 'embedded PGlite',
    exec: async (sql) => {
      await db.exec(sql);
    },
    close: () => db.close(),
    cannotRun: (s) => {
      const ext = s.node.CreateExtensionStmt?.extname;
      if (ext && !BUILTIN_EXTENSIONS.has(ext) && !extensions[ext.replace(/-/g, '_')])
        return `the embedded engine has no extension '${ext}'`;
      return undefined;
    },
  };
}

const NOT_IN_TRANSACTION = (s: Statement) =>
  Boolean(
    s.node.IndexStmt?.concurrent ||
    s.node.DropStmt?.concurrent ||
    s.node.VacuumStmt ||
    s.node.ReindexStmt?.params?.some((p: any) => p?.DefElem?.defname === 'concurrently') ||
    s.node.TransactionStmt,
  );

/**
 * A real Postgres server, inside one transaction that is rolled back at the end, so nothing is left behind.
 * Statements that cannot run inside a transaction are skipped and listed.
 */
export async function serverEngine(url: string): Promise<SqlEngine> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10000 });
  try {
    await client.connect();
  } catch (err: any) {
    let host = '(unknown host)';
    try {
      const u = new URL(url);
      host = `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
    } catch {
      host = '(unparseable URL)';
    }
    throw new Error(
      `cannot connect to the database at ${host}: ${err?.code ? `${err.code} ` : ''}${String(err?.message ?? err).replace(url, '***')}`,
    );
  }
  await client.query('BEGIN');
  let savepoint = 0;
  return {
    name: 'database-url (rolled back)',
    exec: async (sql) => {
      // Each file's own BEGIN/COMMIT become savepoints inside the outer transaction.
      const name = `lg_${++savepoint}`;
      await client.query(`SAVEPOINT ${name}`);
      try {
        await client.query(sql);
        await client.query(`RELEASE SAVEPOINT ${name}`);
      } catch (err) {
        await client.query(`ROLLBACK TO SAVEPOINT ${name}`);
        throw err;
      }
    },
    close: async () => {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end();
    },
    cannotRun: (s) =>
      NOT_IN_TRANSACTION(s)
        ? 'cannot run inside the rolled-back transaction that keeps the database unchanged'
        : undefined,
  };
}

/** Applies every migration in order, one statement at a time as the migration tool would, and stops at the first failure. */
export async function applyMigrations(engine: SqlEngine, units: ApplyUnit[]): Promise<ApplyOutcome> {
  const outcome: ApplyOutcome = { applied: 0, skipped: [], engine: engine.name };
  for (const unit of units) {
    let skippedInFile = false;
    const embeddedTx = unit.wrapped && engine.name.startsWith('embedded');
    if (embeddedTx) await engine.exec('BEGIN');
    for (const statement of unit.statements) {
      const reason = engine.cannotRun?.(statement);
      if (reason || (statement.node.TransactionStmt && !embeddedTx && !engine.name.startsWith('embedded'))) {
        if (reason) outcome.skipped.push({ file: unit.file, statement, reason });
        skippedInFile ||= Boolean(reason);
        continue;
      }
      try {
        await engine.exec(statement.text);
        outcome.applied++;
      } catch (err: any) {
        if (embeddedTx) await engine.exec('ROLLBACK').catch(() => undefined);
        outcome.failure = {
          file: unit.file,
          statement,
          message: String(err?.message ?? err),
          unverified: skippedInFile || outcome.skipped.length > 0,
        };
        return outcome;
      }
    }
    if (embeddedTx) await engine.exec('COMMIT');
  }
  return outcome;
}
