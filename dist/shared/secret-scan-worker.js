import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  BATCH_FILES,
  scanBatch
} from "./chunk-TKMGLBGI.js";
import {
  Scanner,
  defaultRuleSet
} from "./chunk-SZ6PHTMO.js";
import "./chunk-VJHTZG3O.js";
import "./chunk-IZSMAHAY.js";
import "./chunk-EYPTBNW2.js";
import "./chunk-T5YKWYUI.js";
import "./chunk-CGGRE6NF.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/secret-scan/tree-worker.ts
init_define_LAUNCHGATE_GATES();
import { parentPort, workerData } from "node:worker_threads";
var { next } = workerData;
var counter = new Int32Array(next);
var scanner = new Scanner(defaultRuleSet());
parentPort.once("message", ({ files }) => {
  const batches = Math.ceil(files.length / BATCH_FILES);
  for (let b = Atomics.add(counter, 0, 1); b < batches; b = Atomics.add(counter, 0, 1))
    parentPort.postMessage({ type: "batch", ...scanBatch(files, b, scanner) });
  parentPort.postMessage({ type: "done" });
  parentPort.close();
});
