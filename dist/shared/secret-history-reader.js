import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  BatchSink
} from "./chunk-32NTKJ4G.js";
import {
  readAdded
} from "./chunk-DFROXESS.js";
import {
  emptyStats
} from "./chunk-VJHTZG3O.js";
import "./chunk-3MGFZVD4.js";
import "./chunk-HWAZG4DL.js";
import "./chunk-EYPTBNW2.js";
import {
  errorMessage
} from "./chunk-CGGRE6NF.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/secret-scan/history-reader-worker.ts
init_define_LAUNCHGATE_GATES();
import { parentPort } from "node:worker_threads";
var port = parentPort;
var post = (m, transfer = []) => port.postMessage(m, transfer);
var sink = new BatchSink((batch, buffer) => post(batch, [buffer]));
port.on("message", (m) => {
  if ("scanned" in m) sink.credit(m);
  else void read(m);
});
async function read({ cwd, revs, commits, emptyDir, gitDir }) {
  const stats = emptyStats();
  const seenFiles = /* @__PURE__ */ new Set();
  const commitOrder = /* @__PURE__ */ new Map();
  try {
    await readAdded(cwd, revs, stats, sink, { commits, seenFiles, commitOrder, emptyDir, gitDir }).done;
    sink.post();
    post({ done: true, stats, files: [...seenFiles], order: [...commitOrder.keys()] });
  } catch (err) {
    post({ error: errorMessage(err) });
  }
  port.close();
}
