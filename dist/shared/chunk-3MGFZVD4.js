import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  makeEmptyDir
} from "./chunk-HWAZG4DL.js";
import {
  bundledEntry
} from "./chunk-EYPTBNW2.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/secret-scan/reader-thread.ts
init_define_LAUNCHGATE_GATES();
import { rmSync } from "node:fs";
import { Worker } from "node:worker_threads";
var BATCH_BYTES = 1024 * 1024;
var IN_FLIGHT_BYTES = 4 * 1024 * 1024;
var FRAGMENT_COST = 256;
var batchCost = (batch) => batch.used + FRAGMENT_COST * batch.fragments.length;
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
    this.worker.on("message", (m) => {
      this.inbox.push(m);
      this.arrive();
    });
    this.worker.on("error", (err) => this.fail(`the history reader thread failed: ${err.message}`));
    this.worker.on("exit", (code) => this.fail(`the history reader thread stopped before it was done (exit ${code})`));
    this.worker.unref();
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
  /** Tells the reader that a batch was scanned, and gives its buffer back. */
  credit(batch) {
    this.worker.postMessage({ scanned: batchCost(batch), buffer: batch.buffer }, [batch.buffer]);
  }
  close() {
    this.worker.removeAllListeners("exit");
    void this.worker.terminate();
    if (this.emptyDir) rmSync(this.emptyDir, { recursive: true, force: true });
  }
};
var early;
function startReaderThread(entry = bundledEntry(import.meta.url, "secret-history-reader.js")) {
  const thread = early;
  early = void 0;
  return thread ?? (entry ? new ReaderThread(entry) : void 0);
}
function startReaderThreadEarly() {
  early ??= startReaderThread();
}
function closeUnusedReaderThread() {
  early?.close();
  early = void 0;
}

export {
  BATCH_BYTES,
  IN_FLIGHT_BYTES,
  batchCost,
  startReaderThread,
  startReaderThreadEarly,
  closeUnusedReaderThread
};
