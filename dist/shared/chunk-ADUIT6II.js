import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  CHUNK_BYTES,
  CHUNK_OVERLAP_BYTES,
  emptyStats,
  isDefaultRuleSet
} from "./chunk-BCQVQAJ7.js";
import {
  bundledEntry
} from "./chunk-EYPTBNW2.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/secret-scan/tree.ts
init_define_LAUNCHGATE_GATES();
import { isAscii } from "node:buffer";
import {
  closeSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync
} from "node:fs";
import path from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
var TEXT_EXTENSIONS = new Set(
  "env txt md json jsonc json5 yml yaml toml ini cfg conf config properties xml html htm css scss less js mjs cjs jsx ts tsx vue svelte py rb go rs java kt kts scala php pl sh bash zsh fish ps1 bat cmd sql graphql proto tf tfvars hcl gradle pem key crt cer pub asc csv tsv log map lock sum dockerfile npmrc pypirc netrc gitconfig tpl tmpl j2 erb ejs hbs cs c h cc cpp hpp m swift dart lua r ex exs erl clj groovy vb fs ml".split(" ")
);
var BINARY_EXTENSIONS = new Set(
  "png jpg jpeg gif bmp ico webp avif tif tiff psd woff woff2 ttf otf eot zip gz tgz bz2 xz zst 7z rar jar war ear class exe dll so dylib o a lib obj bin wasm pdf doc docx xls xlsx ppt pptx odt mp3 mp4 m4a wav ogg webm mov avi mkv flac sqlite db p12 pfx jks keystore der pyc pyo node".split(" ")
);
var MAGIC = [
  [137, 80, 78, 71],
  // PNG
  [255, 216, 255],
  // JPEG
  [71, 73, 70, 56],
  // GIF
  [37, 80, 68, 70],
  // PDF
  [80, 75, 3, 4],
  // ZIP, JAR, DOCX
  [31, 139],
  // gzip
  [127, 69, 76, 70],
  // ELF
  [207, 250, 237, 254],
  // Mach-O
  [0, 97, 115, 109],
  // WebAssembly
  [77, 90],
  // PE (.exe)
  [83, 81, 76, 105, 116, 101, 32, 102]
  // SQLite
];
function fileKind(name, head) {
  const base = path.basename(name).toLowerCase();
  const ext = base.includes(".") ? base.slice(base.lastIndexOf(".") + 1) : base;
  if (base.startsWith(".env") || TEXT_EXTENSIONS.has(ext)) return "text";
  if (BINARY_EXTENSIONS.has(ext)) return "binary";
  if (MAGIC.some((m) => m.every((b, i) => head[i] === b))) return "binary";
  const n = Math.min(head.length, 8e3);
  let control = 0;
  let nul = false;
  for (let i = 0; i < n; i++) {
    const b = head[i];
    if (b === 0) nul = true;
    if (b < 9 || b > 13 && b < 32 || b === 127) control++;
  }
  return nul && control > n * 0.1 ? "binary" : "text";
}
function* treeFragments(cwd, roots, stats, walk) {
  for (const f of treeFiles(cwd, roots, walk)) yield* fileFragments(f.abs, f.file, stats);
}
function* treeFiles(cwd, roots, walk) {
  const workspace = realpathSync(cwd);
  const given = (roots.length ? roots : ["."]).map((r) => path.resolve(cwd, r));
  const allowed = [workspace, ...given.map((g) => safeRealpath(g) ?? g)];
  const inside = (real) => allowed.some((a) => real === a || real.startsWith(a.endsWith(path.sep) ? a : a + path.sep));
  const visitedDirs = /* @__PURE__ */ new Set();
  const visitedFiles = /* @__PURE__ */ new Set();
  const shown = (abs) => {
    const rel = path.relative(cwd, abs);
    return (rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : abs).split(path.sep).join("/");
  };
  const visit = function* (abs, explicit) {
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      return;
    }
    let real = abs;
    if (st.isSymbolicLink()) {
      const target = safeRealpath(abs);
      if (!target) return;
      if (!inside(target)) {
        walk.symlinksSkipped.push(`${shown(abs)} (points outside the workspace)`);
        return;
      }
      real = target;
      st = statSync(target);
    } else real = safeRealpath(abs) ?? abs;
    if (st.isDirectory()) {
      if (!explicit && SKIP_DIRS.has(path.basename(abs))) return;
      if (visitedDirs.has(real)) {
        if (abs !== real) walk.symlinksSkipped.push(`${shown(abs)} (a folder already scanned)`);
        return;
      }
      yield* folder(abs, real);
      return;
    }
    if (!st.isFile()) return;
    yield* file(abs, real, shown(abs));
  };
  const file = function* (abs, real, name) {
    if (visitedFiles.has(real)) return;
    visitedFiles.add(real);
    yield { abs, file: name };
  };
  const folder = function* (abs, real) {
    visitedDirs.add(real);
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const shownDir = shown(abs);
    const insideCwd = path.relative(cwd, abs) === "" ? "" : shownDir;
    for (const entry of entries) {
      const childAbs = path.join(abs, entry.name);
      const childReal = path.join(real, entry.name);
      if (entry.isFile()) yield* file(childAbs, childReal, insideCwd ? `${insideCwd}/${entry.name}` : entry.name);
      else if (entry.isDirectory()) {
        if (SKIP_DIRS.has(entry.name) || visitedDirs.has(childReal)) continue;
        yield* folder(childAbs, childReal);
      } else if (entry.isSymbolicLink()) yield* visit(childAbs, false);
      else if (!entry.isFIFO() && !entry.isSocket() && !entry.isBlockDevice() && !entry.isCharacterDevice())
        yield* visit(childAbs, false);
    }
  };
  for (const root of given) yield* visit(root, true);
}
function safeRealpath(p) {
  try {
    return realpathSync(p);
  } catch {
    return void 0;
  }
}
var readBuffer;
function readFull(fd, buf, length, position) {
  let n = 0;
  while (n < length) {
    const got = readSync(fd, buf, n, length - n, position + n);
    if (got <= 0) break;
    n += got;
  }
  return n;
}
function decode(bytes) {
  return isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}
function* fileFragments(abs, file, stats) {
  let fd;
  try {
    fd = openSync(abs, "r");
  } catch {
    return;
  }
  try {
    readBuffer ??= Buffer.allocUnsafe(CHUNK_BYTES + 1);
    const whole = readFull(fd, readBuffer, CHUNK_BYTES + 1, 0);
    if (fileKind(file, readBuffer.subarray(0, Math.min(whole, 8e3))) === "binary") {
      stats.binaryFiles.push(file);
      yield { file, text: "", binary: true };
      return;
    }
    stats.files++;
    if (whole <= CHUNK_BYTES) {
      stats.bytes += whole;
      yield { file, text: decode(readBuffer.subarray(0, whole)) };
      return;
    }
    const size = fstatSync(fd).size;
    stats.bytes += size;
    stats.chunked++;
    let start = 0;
    let firstLine = 1;
    let firstColumn = 1;
    const buf = Buffer.alloc(CHUNK_BYTES);
    while (start < size) {
      const n = readFull(fd, buf, Math.min(CHUNK_BYTES, size - start), start);
      if (n <= 0) break;
      let end = n;
      const last = start + n >= size;
      if (!last) while (end > 0 && (buf[end] & 192) === 128) end--;
      const bytes = buf.subarray(0, end);
      yield { file, text: bytes.toString("utf8"), firstLine, firstColumn };
      if (last) break;
      let next = bytes.indexOf(10, Math.max(1, end - CHUNK_OVERLAP_BYTES));
      next = next >= 0 && next + 1 < end ? next + 1 : Math.max(1, end - CHUNK_OVERLAP_BYTES);
      while (next < end && (bytes[next] & 192) === 128) next++;
      const consumed = bytes.subarray(0, next);
      let newlines = 0;
      let lastNl = -1;
      for (let i = consumed.indexOf(10); i >= 0; i = consumed.indexOf(10, i + 1)) {
        newlines++;
        lastNl = i;
      }
      if (newlines) {
        firstLine += newlines;
        firstColumn = 1 + consumed.subarray(lastNl + 1).toString("utf8").length;
      } else firstColumn += consumed.toString("utf8").length;
      start += next;
    }
  } finally {
    closeSync(fd);
  }
}

// src/checks/secret-scan/tree-parallel.ts
init_define_LAUNCHGATE_GATES();
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var BATCH_FILES = 32;
var MIN_FILES_FOR_WORKER = 256;
function scanBatch(files, batch, scanner) {
  const stats = emptyStats();
  const hits = [];
  for (const f of files.slice(batch * BATCH_FILES, (batch + 1) * BATCH_FILES))
    for (const fragment of fileFragments(f.abs, f.file, stats)) hits.push(...scanner.scan(fragment));
  return { batch, hits, stats };
}
function startWorker(entry, next) {
  try {
    return new Worker(entry, { workerData: { next } });
  } catch {
    return void 0;
  }
}
function workerEntry() {
  return bundledEntry(import.meta.url, "secret-scan-worker.js");
}
async function scanTreeFiles(cwd, roots, stats, walk, scanner, options = {}) {
  const threads = options.threads ?? Math.min(2, availableParallelism());
  const entry = options.workerEntry ?? workerEntry();
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const worker = threads > 1 && entry !== void 0 && isDefaultRuleSet(scanner.ruleSet) ? startWorker(entry, next) : void 0;
  worker?.unref();
  const files = [...treeFiles(cwd, roots, walk)];
  const batches = Math.ceil(files.length / BATCH_FILES);
  const results = new Array(batches);
  let finished = Promise.resolve();
  if (worker && files.length >= (options.minFiles ?? MIN_FILES_FOR_WORKER)) {
    worker.ref();
    finished = new Promise((resolve) => {
      worker.on("message", (m) => {
        if (m.type === "batch") results[m.batch] = { ...m, fromWorker: true };
        else resolve();
      });
      worker.on("error", () => resolve());
      worker.on("exit", () => resolve());
    });
    worker.postMessage({ files });
    finished = finished.then(() => worker.terminate().then(() => void 0));
  } else if (worker) {
    worker.on("error", () => void 0);
    void worker.terminate();
  }
  if (options.mainScans !== false)
    for (let b = Atomics.add(counter, 0, 1); b < batches; b = Atomics.add(counter, 0, 1))
      results[b] = scanBatch(files, b, scanner);
  await finished;
  if (options.report) options.report.workerBatches = results.filter((r) => r && r.fromWorker).length;
  const hits = [];
  for (let b = 0; b < batches; b++) {
    const r = results[b] ?? scanBatch(files, b, scanner);
    for (const hit of r.hits) hits.push(hit);
    stats.files += r.stats.files;
    stats.bytes += r.stats.bytes;
    stats.chunked += r.stats.chunked;
    stats.binaryFiles.push(...r.stats.binaryFiles);
  }
  return hits;
}

export {
  treeFragments,
  BATCH_FILES,
  scanBatch,
  scanTreeFiles
};
