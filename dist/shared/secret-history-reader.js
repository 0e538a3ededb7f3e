import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  packBatch
} from "./chunk-H5LPVRLH.js";
import {
  addedBytes
} from "./chunk-C6MMFR2T.js";
import {
  emptyStats
} from "./chunk-FGC52OFE.js";
import {
  BATCH_BYTES,
  IN_FLIGHT_BYTES
} from "./chunk-YPYUTHEH.js";
import "./chunk-6LMPP5UH.js";
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
var inFlight = 0;
var credited;
var spares = [];
port.on("message", (m) => {
  if ("scanned" in m) {
    inFlight -= m.scanned;
    spares.push(m.buffer);
    const c = credited;
    credited = void 0;
    c?.();
  } else void read(m);
});
var post = (m, transfer = []) => port.postMessage(m, transfer);
async function read({ cwd, revs, commits, emptyDir }) {
  const stats = emptyStats();
  const seenFiles = /* @__PURE__ */ new Set();
  const commitOrder = /* @__PURE__ */ new Map();
  let batch = [];
  let bytes = 0;
  const send = async () => {
    if (batch.length === 0) return;
    const packed = packBatch(batch, spares.pop());
    inFlight += packed.used;
    post(packed, [packed.buffer]);
    batch = [];
    bytes = 0;
    while (inFlight > IN_FLIGHT_BYTES) await new Promise((r) => credited = r);
  };
  try {
    for await (const fragment of addedBytes(cwd, revs, stats, { commits, seenFiles, commitOrder, emptyDir })) {
      batch.push(fragment);
      bytes += fragment.bytes.length;
      if (bytes >= BATCH_BYTES) await send();
    }
    await send();
    post({ done: true, stats, files: [...seenFiles], order: [...commitOrder.keys()] });
  } catch (err) {
    post({ error: errorMessage(err) });
  }
  port.close();
}
