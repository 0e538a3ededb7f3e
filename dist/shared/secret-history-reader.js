import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  packBatch
} from "./chunk-LDZRAZ66.js";
import {
  addedBytes
} from "./chunk-2X6KUD36.js";
import {
  emptyStats
} from "./chunk-IYCCG2PP.js";
import {
  BATCH_BYTES,
  IN_FLIGHT_BYTES
} from "./chunk-GAYLG3KF.js";
import "./chunk-KPZMWBA4.js";
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

// src/checks/secret-scan/buffer-pool.ts
init_define_LAUNCHGATE_GATES();
var BufferPool = class {
  constructor(minBytes = 4 * 1024, maxPooledBytes = 16 * 1024 * 1024) {
    this.minBytes = minBytes;
    this.maxPooledBytes = maxPooledBytes;
  }
  minBytes;
  maxPooledBytes;
  /** Free buffers by size class (log2 of their size). */
  free = /* @__PURE__ */ new Map();
  /** Buffers handed out and not yet given back: only those come back, and each once. */
  out = /* @__PURE__ */ new WeakSet();
  pooledBytes = 0;
  /** A buffer of exactly `size` bytes (a view of a pooled one, whose content is whatever it held). */
  take(size) {
    if (size < this.minBytes) return Buffer.allocUnsafe(size);
    const sizeClass = Math.ceil(Math.log2(size));
    let buffer = this.free.get(sizeClass)?.pop();
    if (buffer) this.pooledBytes -= buffer.byteLength;
    else buffer = new ArrayBuffer(2 ** sizeClass);
    this.out.add(buffer);
    return Buffer.from(buffer, 0, size);
  }
  /** Gives back the buffer under `bytes` once nothing reads it any more (ignored if this pool did not make it). */
  give(bytes) {
    const buffer = bytes.buffer;
    if (!this.out.has(buffer)) return;
    this.out.delete(buffer);
    if (this.pooledBytes + buffer.byteLength > this.maxPooledBytes) return;
    const sizeClass = Math.log2(buffer.byteLength);
    const list = this.free.get(sizeClass) ?? [];
    list.push(buffer);
    this.free.set(sizeClass, list);
    this.pooledBytes += buffer.byteLength;
  }
};

// src/checks/secret-scan/history-reader-worker.ts
var port = parentPort;
var inFlight = 0;
var credited;
var spares = [];
var buffers = new BufferPool();
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
async function read({ cwd, revs, commits, emptyDir, gitDir }) {
  const stats = emptyStats();
  const seenFiles = /* @__PURE__ */ new Set();
  const commitOrder = /* @__PURE__ */ new Map();
  let batch = [];
  let bytes = 0;
  const send = async () => {
    if (batch.length === 0) return;
    const packed = packBatch(batch, spares.pop());
    for (const f of batch) buffers.give(f.bytes);
    inFlight += packed.used;
    post(packed, [packed.buffer]);
    batch = [];
    bytes = 0;
    while (inFlight > IN_FLIGHT_BYTES) await new Promise((r) => credited = r);
  };
  try {
    const options = { commits, seenFiles, commitOrder, emptyDir, gitDir, buffers };
    for await (const fragment of addedBytes(cwd, revs, stats, options)) {
      batch.push(fragment);
      bytes += fragment.bytes.length;
      if (bytes >= BATCH_BYTES || inFlight === 0) await send();
    }
    await send();
    post({ done: true, stats, files: [...seenFiles], order: [...commitOrder.keys()] });
  } catch (err) {
    post({ error: errorMessage(err) });
  }
  port.close();
}
