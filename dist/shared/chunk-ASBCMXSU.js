import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  addedFragments,
  makeEmptyDir
} from "./chunk-52BZTKWT.js";
import {
  addStats,
  decodeText
} from "./chunk-SJPXRNZO.js";
import {
  bundledEntry
} from "./chunk-EYPTBNW2.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/secret-scan/history-reader.ts
init_define_LAUNCHGATE_GATES();
import { rmSync } from "node:fs";
import { Worker } from "node:worker_threads";
var BATCH_BYTES = 1024 * 1024;
var IN_FLIGHT_BYTES = 32 * 1024 * 1024;
function packBatch(batch) {
  const buffer = new ArrayBuffer(batch.reduce((n, f) => n + f.bytes.length, 0));
  const into = new Uint8Array(buffer);
  let at = 0;
  const fragments = batch.map(({ bytes, ...rest }) => {
    into.set(bytes, at);
    at += bytes.length;
    return { ...rest, start: at - bytes.length, end: at };
  });
  return { fragments, buffer };
}
var ReaderThread = class {
  worker;
  failure;
  inbox = [];
  wake;
  begun = false;
  /** git's empty work tree for this read (see ReadRequest.emptyDir). */
  emptyDir;
  constructor(entry) {
    this.worker = new Worker(entry);
    this.worker.unref();
    this.worker.on("message", (m) => {
      this.inbox.push(m);
      this.arrive();
    });
    this.worker.on("error", (err) => this.fail(`the history reader thread failed: ${err.message}`));
    this.worker.on("exit", (code) => this.fail(`the history reader thread stopped before it was done (exit ${code})`));
  }
  fail(message) {
    this.failure ??= new Error(message);
    this.arrive();
  }
  arrive() {
    const w = this.wake;
    this.wake = void 0;
    w?.();
  }
  /** Starts reading `request`; the thread keeps the process alive until it is done or closed. */
  begin(request) {
    if (this.begun) return;
    this.begun = true;
    this.emptyDir = makeEmptyDir();
    this.worker.ref();
    this.worker.postMessage({ ...request, emptyDir: this.emptyDir });
  }
  /** The next message, once there is one. */
  async next() {
    while (this.inbox.length === 0) {
      if (this.failure) throw this.failure;
      await new Promise((r) => this.wake = r);
    }
    return this.inbox.shift();
  }
  credit(scanned) {
    this.worker.postMessage({ scanned });
  }
  close() {
    this.worker.removeAllListeners("exit");
    void this.worker.terminate();
    if (this.emptyDir) rmSync(this.emptyDir, { recursive: true, force: true });
  }
};
function startReaderThread(entry = bundledEntry(import.meta.url, "secret-history-reader.js")) {
  return entry ? new ReaderThread(entry) : void 0;
}
async function* readFragments(thread, request, stats, options = {}) {
  if (!thread) {
    yield* addedFragments(request.cwd, request.revs, stats, { ...options, commits: request.commits });
    return;
  }
  thread.begin(request);
  try {
    for (; ; ) {
      const m = await thread.next();
      if ("error" in m) throw new Error(m.error);
      if ("done" in m) {
        addStats(stats, m.stats);
        if (options.seenFiles) for (const f of m.files) options.seenFiles.add(f);
        else stats.files += m.files.length;
        if (options.commitOrder) for (const c of m.order) options.commitOrder.set(c, options.commitOrder.size);
        return;
      }
      const bytes = new Uint8Array(m.buffer);
      for (const { start, end, ...rest } of m.fragments) yield { ...rest, text: decodeText(bytes, start, end) };
      thread.credit(m.buffer.byteLength);
    }
  } finally {
    thread.close();
  }
}

export {
  BATCH_BYTES,
  IN_FLIGHT_BYTES,
  packBatch,
  startReaderThread,
  readFragments
};
