import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/migration-check/pglite-host.ts
init_define_LAUNCHGATE_GATES();
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
var PGLITE_EXTENSIONS = [
  "amcheck",
  "auto_explain",
  "bloom",
  "btree_gin",
  "btree_gist",
  "citext",
  "cube",
  "dict_int",
  "dict_xsyn",
  "earthdistance",
  "file_fdw",
  "fuzzystrmatch",
  "hstore",
  "intarray",
  "isn",
  "lo",
  "ltree",
  "pageinspect",
  "pg_buffercache",
  "pg_freespacemap",
  "pg_stat_statements",
  "pg_surgery",
  "pg_trgm",
  "pg_visibility",
  "pg_walinspect",
  "pgcrypto",
  "seg",
  "tablefunc",
  "tcn",
  "tsm_system_rows",
  "tsm_system_time",
  "unaccent",
  "uuid-ossp"
];
var START_PARAMS = ["-c", "shared_buffers=2MB", "-c", "work_mem=1MB", "-c", "maintenance_work_mem=4MB"];
function extensionDir() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.join(here, "pglite-ext"), path.join(here, "..", "shared", "pglite-ext")])
    if (existsSync(candidate)) return candidate;
  return path.join(here, "pglite-ext");
}
var PgliteHost = class {
  db;
  /** Read on the first open: unpacking it costs a third of a CPU-second, which a lint-only run never needs. */
  snapshot;
  snapshotRead = false;
  /** Compiled once per process: each set's database reuses it instead of compiling 9 MB of WebAssembly again. */
  module;
  /** Opens a fresh database with the given extensions; returns the ones it could load. */
  async open(extensionNames) {
    await this.close();
    const { PGlite, MemoryFS } = await import("./dist-ECPIAT6T.js");
    const dir = extensionDir();
    const extensions = {};
    for (const name of extensionNames.filter((n) => PGLITE_EXTENSIONS.includes(n))) {
      const file = path.join(dir, `${name}.tar.gz`);
      if (existsSync(file))
        extensions[name.replace(/-/g, "_")] = { name, setup: async () => ({ bundlePath: new URL(`file://${file}`) }) };
    }
    const wasm = pgliteWasm();
    if (wasm) this.module ??= globalThis.WebAssembly.compile(readFileSync(wasm));
    if (!this.snapshotRead) {
      this.snapshot = shippedSnapshot();
      this.snapshotRead = true;
    }
    const snapshot = this.snapshot;
    this.db = await PGlite.create({
      fs: snapshot ? preloaded(MemoryFS, snapshot) : void 0,
      extensions,
      startParams: [...PGlite.defaultStartParams ?? [], ...START_PARAMS],
      pgliteWasmModule: this.module ? await this.module : void 0
    });
    if (!snapshot) this.snapshot = readTar(Buffer.from(await (await this.db.dumpDataDir("none")).arrayBuffer()));
    return Object.values(extensions).map((e) => e.name);
  }
  async exec(sql) {
    if (!this.db) throw new Error("no embedded database is open");
    await this.db.exec(sql);
  }
  async close() {
    const db = this.db;
    this.db = void 0;
    if (db) await db.close().catch(() => void 0);
  }
};
function preloaded(MemoryFS, snapshot) {
  return new class extends MemoryFS {
    async init(pg, options) {
      const out = await super.init(pg, options);
      const fill = (mod) => {
        const root = mod.ENV.PGDATA;
        mod.FS.mkdirTree(root);
        for (const d of snapshot.dirs) mod.FS.mkdirTree(`${root}/${d}`);
        for (const [file, data] of snapshot.files) mod.FS.writeFile(`${root}/${file}`, new Uint8Array(data));
      };
      return { emscriptenOpts: { ...out.emscriptenOpts, preRun: [...out.emscriptenOpts.preRun ?? [], fill] } };
    }
  }();
}
function pgliteWasm() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    path.join(here, "pglite.wasm"),
    path.join(here, "..", "shared", "pglite.wasm"),
    path.join(here, "..", "..", "..", "node_modules", "@electric-sql", "pglite", "dist", "pglite.wasm")
  ];
  return candidates.find((c) => existsSync(c));
}
function shippedSnapshot() {
  const wasm = pgliteWasm();
  if (!wasm) return void 0;
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, path.join(here, "..", "shared"), path.join(here, "assets")]) {
    const file = path.join(dir, "pglite-datadir.tar.gz");
    const meta = path.join(dir, "pglite-datadir.json");
    if (!existsSync(file) || !existsSync(meta)) continue;
    try {
      if (JSON.parse(readFileSync(meta, "utf8")).pgliteWasmBytes !== statSync(wasm).size) return void 0;
      return readTar(gunzipSync(readFileSync(file)));
    } catch {
      return void 0;
    }
  }
  return void 0;
}
function readTar(tar) {
  const out = { dirs: [], files: [] };
  const field = (at, len) => tar.toString("latin1", at, at + len).replace(/\0.*$/s, "");
  for (let at = 0; at + 512 <= tar.length; ) {
    const name = field(at, 100);
    if (!name) break;
    const prefix = field(at + 345, 155);
    const size = parseInt(field(at + 124, 12).trim() || "0", 8);
    const type = field(at + 156, 1) || "0";
    const rel = path.posix.normalize(prefix ? `${prefix}/${name}` : name).replace(/\/$/, "");
    if (rel.startsWith("..") || rel.startsWith("/")) throw new Error(`unsafe path in a data directory archive: ${rel}`);
    const inside = rel.replace(/^(\.|pgdata|data)(\/|$)/, "");
    if (type === "5" && inside) out.dirs.push(inside);
    else if ((type === "0" || type === "\0") && inside)
      out.files.push([inside, tar.subarray(at + 512, at + 512 + size)]);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

export {
  PGLITE_EXTENSIONS,
  PgliteHost,
  readTar
};
