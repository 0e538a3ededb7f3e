import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  scanSlice,
  scannerFor
} from "./chunk-XKTGZ325.js";
import "./chunk-DFROXESS.js";
import "./chunk-SZ6PHTMO.js";
import "./chunk-VJHTZG3O.js";
import "./chunk-HWAZG4DL.js";
import "./chunk-IZSMAHAY.js";
import "./chunk-T5YKWYUI.js";
import {
  errorMessage
} from "./chunk-CGGRE6NF.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/secret-scan/history-worker.ts
init_define_LAUNCHGATE_GATES();
import { parentPort } from "node:worker_threads";
var port = parentPort;
port.once("message", (data) => void scanSlices(data));
async function scanSlices({ setup, slices, counter }) {
  let scanner;
  try {
    scanner = scannerFor(setup);
  } catch (err) {
    port.postMessage({ index: -1, error: errorMessage(err) });
    return;
  }
  for (let i = Atomics.add(counter, 0, 1); i < slices.length; i = Atomics.add(counter, 0, 1)) {
    let result;
    try {
      result = await scanSlice(setup.cwd, { index: i, commits: slices[i] }, scanner);
    } catch (err) {
      result = { index: i, error: errorMessage(err) };
    }
    port.postMessage(result);
    if (result.error !== void 0) break;
  }
}
