// A history scan on one scanning thread still reads git in another: a worker thread (reader-thread.ts) runs the
// readers of history-read.ts (git's four processes, the patch parser, cat-file's framing) and posts the fragments'
// bytes here in batches, one transferred buffer each, while this thread decodes and scans. git's pipes are emptied
// as fast as git fills them, not only when the scan pauses. Bundled as dist/shared/secret-history-reader.js
// (scripts/build.mjs); from source (unit tests), the readers run in this thread.
import { isAscii } from 'node:buffer';
import { addStats, type ScanStats } from './git-patches.js';
import { addedFragments, type FragmentSink, type ReadOptions } from './history-read.js';
import {
  BATCH_BYTES,
  batchCost,
  IN_FLIGHT_BYTES,
  type PackedFragment,
  type ReaderCredit,
  type ReaderMessage,
  type ReaderThread,
  type ReadRequest,
} from './reader-thread.js';
import type { Fragment } from './scanner.js';
import { fragmentText, type ByteFragment } from './text-chunks.js';

/** Fragments packed into batches as they come, posted to the scanning thread. */
export class BatchSink implements FragmentSink {
  /** The batch being filled: its buffer (none until a fragment has bytes), bytes used and fragments. */
  private buffer: ArrayBuffer | undefined;
  private used = 0;
  private fragments: PackedFragment[] = [];
  /** What is posted and not yet scanned (batchCost). */
  private inFlight = 0;
  /** Buffers given back, to fill again (a fresh one costs a page fault every 4 KB). */
  private readonly spares: ArrayBuffer[] = [];
  private waiting: (() => void)[] = [];

  constructor(private readonly send: (batch: ReaderMessage, buffer: ArrayBuffer) => void) {}

  async push(from: ByteFragment[]): Promise<void> {
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
    // The scan has nothing left (at the start above all: it waits): it gets what there is now.
    if (this.inFlight === 0) this.post();
    while (this.inFlight > IN_FLIGHT_BYTES) await new Promise<void>((r) => this.waiting.push(r));
  }

  /** The scanning thread scanned a batch and gave its buffer back. */
  credit(m: ReaderCredit): void {
    this.inFlight -= m.scanned;
    if (m.buffer.byteLength > 0) this.spares.push(m.buffer);
    if (this.inFlight === 0) this.post();
    if (this.inFlight <= IN_FLIGHT_BYTES) for (const wake of this.waiting.splice(0)) wake();
  }

  /** Posts what the batch being filled holds, if anything (binary files alone: in an empty buffer). */
  post(): void {
    if (this.fragments.length === 0) return;
    const batch = { fragments: this.fragments, buffer: this.buffer ?? new ArrayBuffer(0), used: this.used };
    this.send(batch, batch.buffer);
    this.inFlight += batchCost(batch);
    this.buffer = undefined;
    this.used = 0;
    this.fragments = [];
  }

  /** A buffer for a batch whose first fragment has `size` bytes: a spare when one is large enough. */
  private take(size: number): ArrayBuffer {
    const i = this.spares.findIndex((b) => b.byteLength >= size);
    if (i >= 0) return this.spares.splice(i, 1)[0];
    // Room for a batch a little over BATCH_BYTES, the usual, so that a buffer given back can take the next one.
    return new ArrayBuffer(Math.max(size, 2 * BATCH_BYTES));
  }
}

/** `addedFragments`, read by the reader thread when there is one (begun with this request if not yet), else here. */
export async function* readFragments(
  thread: ReaderThread | undefined,
  request: ReadRequest,
  stats: ScanStats,
  options: Omit<ReadOptions, 'commits'> & { standIns?: boolean } = {},
): AsyncGenerator<Fragment> {
  if (!thread) {
    yield* addedFragments(request.cwd, request.revs, stats, {
      ...options,
      commits: request.commits,
      gitDir: request.gitDir,
    });
    return;
  }
  thread.begin(request);
  const standIns = options.standIns ?? false;
  try {
    for (;;) {
      const m = await thread.next();
      if ('error' in m) throw new Error(m.error);
      if ('done' in m) {
        addStats(stats, m.stats);
        if (options.seenFiles) for (const f of m.files) options.seenFiles.add(f);
        else stats.files += m.files.length;
        if (options.commitOrder) for (const c of m.order) options.commitOrder.set(c, options.commitOrder.size);
        return;
      }
      const bytes = new Uint8Array(m.buffer);
      // A stand-in's real text is read before the batch's buffer goes back: the scan takes a fragment at a time.
      for (const { start, end, ascii, ...rest } of m.fragments)
        yield { ...rest, ...fragmentText(bytes.subarray(start, end), ascii, standIns) };
      thread.credit(m);
    }
  } finally {
    thread.close();
  }
}
