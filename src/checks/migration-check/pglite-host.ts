import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

/**
 * Settings for a throwaway database that holds a few empty tables: small buffers keep the WebAssembly heap (and so
 * the process's memory) small, and nothing needs to survive a crash.
 */
const START_PARAMS = ['-c', 'shared_buffers=2MB', '-c', 'work_mem=1MB', '-c', 'maintenance_work_mem=4MB'];

/** The folder beside the bundle that holds PGlite's extension archives (copied there by scripts/build.mjs). */
function extensionDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.join(here, 'pglite-ext'), path.join(here, '..', 'shared', 'pglite-ext')])
    if (existsSync(candidate)) return candidate;
  return path.join(here, 'pglite-ext');
}

interface PGliteLike {
  exec(sql: string): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Runs one embedded database at a time. Postgres's initdb is the slow part of starting PGlite (seconds), so an
 * initialised data directory is made once and kept in `cacheDir`; each database starts from a copy of it.
 */
export class PgliteHost {
  private db: PGliteLike | undefined;
  private dataDir: string | undefined;

  constructor(
    private readonly cacheDir: string,
    private readonly workDir: string,
  ) {}

  /** Opens a fresh database with the given extensions; returns the ones it could load. */
  async open(extensionNames: string[]): Promise<string[]> {
    await this.close();
    const { PGlite } = await import('@electric-sql/pglite');
    const template = await this.template(PGlite);
    mkdirSync(this.workDir, { recursive: true, mode: 0o700 });
    this.dataDir = mkdtempSync(path.join(this.workDir, 'pgdata-'));
    cpSync(template, this.dataDir, { recursive: true });
    const dir = extensionDir();
    const extensions: Record<string, { name: string; setup: () => Promise<{ bundlePath: URL }> }> = {};
    for (const name of extensionNames.filter((n) => PGLITE_EXTENSIONS.includes(n))) {
      const file = path.join(dir, `${name}.tar.gz`);
      if (existsSync(file))
        extensions[name.replace(/-/g, '_')] = { name, setup: async () => ({ bundlePath: new URL(`file://${file}`) }) };
    }
    this.db = await PGlite.create({ dataDir: this.dataDir, extensions, startParams: startParams(PGlite) });
    return Object.values(extensions).map((e) => e.name);
  }

  async exec(sql: string): Promise<void> {
    if (!this.db) throw new Error('no embedded database is open');
    await this.db.exec(sql);
  }

  async close(): Promise<void> {
    const db = this.db;
    this.db = undefined;
    if (db) await db.close().catch(() => undefined);
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
    this.dataDir = undefined;
  }

  /** The cached initialised data directory, made on first use (atomically, so concurrent runs do not clash). */
  private async template(PGlite: any): Promise<string> {
    const key = `pglite-${assetStamp()}`;
    const ready = path.join(this.cacheDir, key);
    if (existsSync(path.join(ready, 'PG_VERSION'))) return ready;
    mkdirSync(this.cacheDir, { recursive: true, mode: 0o700 });
    const building = mkdtempSync(path.join(this.cacheDir, `${key}.tmp-`));
    const db = await PGlite.create({ dataDir: building, startParams: startParams(PGlite) });
    await db.close();
    try {
      renameSync(building, ready);
    } catch {
      // Another run finished first: use its copy.
      rmSync(building, { recursive: true, force: true });
    }
    return ready;
  }
}

function startParams(PGlite: any): string[] {
  return [...(PGlite.defaultStartParams ?? []), ...START_PARAMS];
}

/** Identifies the PGlite build, so a new version never starts from an old version's data directory. */
function assetStamp(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    path.join(here, 'pglite.wasm'),
    path.join(here, '..', 'shared', 'pglite.wasm'),
    path.join(here, '..', '..', '..', 'node_modules', '@electric-sql', 'pglite', 'dist', 'pglite.wasm'),
  ];
  for (const wasm of candidates) if (existsSync(wasm)) return String(statSync(wasm).size);
  return 'unknown';
}
