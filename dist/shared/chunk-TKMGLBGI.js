import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  isDefaultRuleSet
} from "./chunk-SZ6PHTMO.js";
import {
  addStats,
  emptyStats,
  fileFragments,
  treeFiles
} from "./chunk-VJHTZG3O.js";
import {
  bundledEntry
} from "./chunk-EYPTBNW2.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

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
    addStats(stats, r.stats);
  }
  return hits;
}

export {
  BATCH_FILES,
  scanBatch,
  scanTreeFiles
};
