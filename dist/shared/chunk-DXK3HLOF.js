import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/secret-scan/thread-knobs.ts
init_define_LAUNCHGATE_GATES();
import os from "node:os";
var THREADS_ENV = "LAUNCHGATE_SECRET_SCAN_THREADS";
var MIN_CORES_FOR_THREADS = 3;
var MAX_DEFAULT_THREADS = 8;
function defaultHistoryThreads() {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  return cores >= MIN_CORES_FOR_THREADS ? Math.min(MAX_DEFAULT_THREADS, cores) : 1;
}
var READER_ENV = "LAUNCHGATE_SECRET_SCAN_READER";

export {
  THREADS_ENV,
  defaultHistoryThreads,
  READER_ENV
};
