import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

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
  dumpDataDir(compression?: 'none'): Promise<Blob>;
}

/** An initialised data directory held in memory: folders and files relative to PGDATA. */
export interface DataDirSnapshot {
  dirs: string[];
  files: [string, Uint8Array][];
}

/**
 * Runs one embedded database at a time, each in PGlite's in-memory file system. Postgres's initdb is the slow part
 * of starting PGlite (seconds), so each database starts from a snapshot of an initialised data directory instead:
 * the one shipped beside the bundle (scripts/make-pglite-datadir.sh), or, when that was made by another PGlite
 * build, one taken from the first database this process initialises. Nothing touches the disk.
 */
export class PgliteHost {
  private db: PGliteLike | undefined;
  /** Read on the first open: unpacking it costs a third of a CPU-second, which a lint-only run never needs. */
  private snapshot: DataDirSnapshot | undefined;
  private snapshotRead = false;
  /** Compiled once per process: each set's database reuses it instead of compiling 9 MB of WebAssembly again. */
  private module: Promise<object> | undefined;

  /** Opens a fresh database with the given extensions; returns the ones it could load. */
  async open(extensionNames: string[]): Promise<string[]> {
    await this.close();
    const { PGlite, MemoryFS } = await import('@electric-sql/pglite');
    const dir = extensionDir();
    const extensions: Record<string, { name: string; setup: () => Promise<{ bundlePath: URL }> }> = {};
    for (const name of extensionNames.filter((n) => PGLITE_EXTENSIONS.includes(n))) {
      const file = path.join(dir, `${name}.tar.gz`);
      if (existsSync(file))
        extensions[name.replace(/-/g, '_')] = { name, setup: async () => ({ bundlePath: new URL(`file://${file}`) }) };
    }
    const wasm = pgliteWasm();
    if (wasm) this.module ??= (globalThis as any).WebAssembly.compile(readFileSync(wasm));
    if (!this.snapshotRead) {
      this.snapshot = shippedSnapshot();
      this.snapshotRead = true;
    }
    const snapshot = this.snapshot;
    this.db = (await PGlite.create({
      fs: snapshot ? preloaded(MemoryFS, snapshot) : undefined,
      extensions,
      startParams: [...((PGlite as any).defaultStartParams ?? []), ...START_PARAMS],
      pgliteWasmModule: this.module ? await this.module : undefined,
    } as any)) as unknown as PGliteLike;
    if (!snapshot) this.snapshot = readTar(Buffer.from(await (await this.db.dumpDataDir('none')).arrayBuffer()));
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
  }
}

/** PGlite's in-memory file system, filled with the snapshot before Postgres starts (so initdb is skipped). */
function preloaded(MemoryFS: any, snapshot: DataDirSnapshot): unknown {
  return new (class extends MemoryFS {
    async init(pg: unknown, options: unknown) {
      const out = await super.init(pg, options);
      const fill = (mod: any) => {
        const root: string = mod.ENV.PGDATA;
        mod.FS.mkdirTree(root);
        for (const d of snapshot.dirs) mod.FS.mkdirTree(`${root}/${d}`);
        // A copy per database: the file system keeps what it is given and Postgres writes into it.
        for (const [file, data] of snapshot.files) mod.FS.writeFile(`${root}/${file}`, new Uint8Array(data));
      };
      return { emscriptenOpts: { ...out.emscriptenOpts, preRun: [...(out.emscriptenOpts.preRun ?? []), fill] } };
    }
  })();
}

/** PGlite's WebAssembly: beside the bundle, or in node_modules when running from source. */
function pgliteWasm(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    path.join(here, 'pglite.wasm'),
    path.join(here, '..', 'shared', 'pglite.wasm'),
    path.join(here, '..', '..', '..', 'node_modules', '@electric-sql', 'pglite', 'dist', 'pglite.wasm'),
  ];
  return candidates.find((c) => existsSync(c));
}

/**
 * The initialised data directory shipped beside the bundle, if this PGlite build made it (an archive from another
 * build would not start).
 */
function shippedSnapshot(): DataDirSnapshot | undefined {
  const wasm = pgliteWasm();
  if (!wasm) return undefined;
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, path.join(here, '..', 'shared'), path.join(here, 'assets')]) {
    const file = path.join(dir, 'pglite-datadir.tar.gz');
    const meta = path.join(dir, 'pglite-datadir.json');
    if (!existsSync(file) || !existsSync(meta)) continue;
    try {
      if (JSON.parse(readFileSync(meta, 'utf8')).pgliteWasmBytes !== statSync(wasm).size) return undefined;
      return readTar(gunzipSync(readFileSync(file)));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Reads a ustar archive of plain files and folders (all a data directory holds). */
export function readTar(tar: Buffer): DataDirSnapshot {
  const out: DataDirSnapshot = { dirs: [], files: [] };
  const field = (at: number, len: number) => tar.toString('latin1', at, at + len).replace(/\0.*$/s, '');
  for (let at = 0; at + 512 <= tar.length;) {
    const name = field(at, 100);
    if (!name) break;
    const prefix = field(at + 345, 155);
    const size = parseInt(field(at + 124, 12).trim() || '0', 8);
    const type = field(at + 156, 1) || '0';
    const rel = path.posix.normalize(prefix ? `${prefix}/${name}` : name).replace(/\/$/, '');
    if (rel.startsWith('..') || rel.startsWith('/')) throw new Error(`unsafe path in a data directory archive: ${rel}`);
    // PGlite's own dumps name entries under the data directory's folder; the shipped archive under `.`.
    const inside = rel.replace(/^(\.|pgdata|data)(\/|$)/, '');
    if (type === '5' && inside) out.dirs.push(inside);
    else if ((type === '0' || type === '\0') && inside)
      out.files.push([inside, tar.subarray(at + 512, at + 512 + size)]);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}
