import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  addedFragments
} from "./chunk-DFROXESS.js";
import {
  addStats,
  fragmentText
} from "./chunk-VJHTZG3O.js";
import {
  BATCH_BYTES,
  IN_FLIGHT_BYTES,
  batchCost
} from "./chunk-3MGFZVD4.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/secret-scan/history-reader.ts
init_define_LAUNCHGATE_GATES();
import { isAscii } from "node:buffer";
var BatchSink = class {
  constructor(send) {
    this.send = send;
  }
  send;
  /** The batch being filled: its buffer (none until a fragment has bytes), bytes used and fragments. */
  buffer;
  used = 0;
  fragments = [];
  /** What is posted and not yet scanned (batchCost). */
  inFlight = 0;
  /** Buffers given back, to fill again (a fresh one costs a page fault every 4 KB). */
  spares = [];
  waiting = [];
  async push(from) {
    for (const { bytes, borrowed: _, ...rest } of from) {
      if (this.buffer && this.used + bytes.length > this.buffer.byteLength) this.post();
      if (bytes.length > 0) {
        this.buffer ??= this.take(bytes.length);
        new Uint8Array(this.buffer).set(bytes, this.used);
      }
      this.fragments.push({ ...rest, start: this.used, end: this.used + bytes.length, ascii: isAscii(bytes) });
      this.used += bytes.length;
      if (batchCost({ used: this.used, fragments: this.fragments }) >= BATCH_BYTES) this.post();
    }
    from.length = 0;
    if (this.inFlight === 0) this.post();
    while (this.inFlight > IN_FLIGHT_BYTES) await new Promise((r) => this.waiting.push(r));
  }
  /** The scanning thread scanned a batch and gave its buffer back. */
  credit(m) {
    this.inFlight -= m.scanned;
    if (m.buffer.byteLength > 0) this.spares.push(m.buffer);
    if (this.inFlight === 0) this.post();
    if (this.inFlight <= IN_FLIGHT_BYTES) for (const wake of this.waiting.splice(0)) wake();
  }
  /** Posts what the batch being filled holds, if anything (binary files alone: in an empty buffer). */
  post() {
    if (this.fragments.length === 0) return;
    const batch = { fragments: this.fragments, buffer: this.buffer ?? new ArrayBuffer(0), used: this.used };
    this.send(batch, batch.buffer);
    this.inFlight += batchCost(batch);
    this.buffer = void 0;
    this.used = 0;
    this.fragments = [];
  }
  /** A buffer for a batch whose first fragment has `size` bytes: a spare when one is large enough. */
  take(size) {
    const i = this.spares.findIndex((b) => b.byteLength >= size);
    if (i >= 0) return this.spares.splice(i, 1)[0];
    return new ArrayBuffer(Math.max(size, 2 * BATCH_BYTES));
  }
};
async function* readFragments(thread, request, stats, options = {}) {
  if (!thread) {
    yield* addedFragments(request.cwd, request.revs, stats, {
      ...options,
      commits: request.commits,
      gitDir: request.gitDir
    });
    return;
  }
  thread.begin(request);
  const standIns = options.standIns ?? false;
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
      for (const { start, end, ascii, ...rest } of m.fragments)
        yield { ...rest, ...fragmentText(bytes.subarray(start, end), ascii, standIns) };
      thread.credit(m);
    }
  } finally {
    thread.close();
  }
}

export {
  BatchSink,
  readFragments
};
