// The history reader thread as this thread sees it (history-reader-worker.ts is the thread itself): started, handed
// a range, and read from; with the messages both sides post. Kept apart from the reading code so that the secret
// scan's action can start the thread before the rest of the gate loads (prestart.ts).
import { rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { bundledEntry } from '../../core/bundled-entry.js';
import type { ScanStats } from './git-patches.js';
import { makeEmptyDir } from './git-process.js';
import type { ByteFragment } from './text-chunks.js';

/** What the reader thread is asked to read. */
export interface ReadRequest {
  cwd: string;
  revs: string[];
  commits?: string[];
  /**
   * git's empty work tree, made and removed by this thread: a reader thread that is stopped (terminate) runs no
   * cleanup of its own.
   */
  emptyDir?: string;
  /** The repository's git directory, when this thread knows it already (else the reader asks git). */
  gitDir?: string;
}

/** A fragment in a batch: where its bytes are in the batch's buffer, and whether they are ASCII (one check fewer here). */
export type PackedFragment = Omit<ByteFragment, 'bytes'> & { start: number; end: number; ascii: boolean };

/** A batch: fragments with their text in one buffer, of which `used` bytes are filled. */
export interface ReaderBatch {
  fragments: PackedFragment[];
  buffer: ArrayBuffer;
  used: number;
}

/** What it posts: batches, then its totals, or why it failed. */
export type ReaderMessage =
  ReaderBatch | { done: true; stats: ScanStats; files: string[]; order: string[] } | { error: string };

/**
 * What this thread posts back: what it has scanned (batchCost), so that the reader may send more, and the batch's
 * buffer to fill again (a fresh buffer costs a page fault every 4 KB, more than filling it).
 */
export interface ReaderCredit {
  scanned: number;
  buffer: ArrayBuffer;
}

/**
 * Bytes a batch gathers before it is posted, and bytes posted but not yet scanned before the reader waits. A few
 * MB keep the scan fed; more only spread the same bytes over more fresh memory (a page fault every 4 KB) instead of
 * buffers used again.
 */
export const BATCH_BYTES = 1024 * 1024;
export const IN_FLIGHT_BYTES = 4 * 1024 * 1024;
/**
 * What a fragment weighs beyond its bytes (its file name, commit and place): a batch of binary files, which carry
 * no bytes, still counts toward BATCH_BYTES and IN_FLIGHT_BYTES, so that a long run of them waits for the scan too.
 */
export const FRAGMENT_COST = 256;

/** What a batch weighs toward BATCH_BYTES and IN_FLIGHT_BYTES: its bytes and its fragments. */
export const batchCost = (batch: { used: number; fragments: unknown[] }) =>
  batch.used + FRAGMENT_COST * batch.fragments.length;

/**
 * A reader thread, started before the range is known so that its start overlaps the rules' set-up; `begin` hands
 * it the range as soon as that is known, and it reads while the rules are still being built.
 */
export class ReaderThread {
  readonly worker: Worker;
  private failure: Error | undefined;
  private inbox: ReaderMessage[] = [];
  private wake: (() => void) | undefined;
  private begun = false;
  /** git's empty work tree for this read (see ReadRequest.emptyDir). */
  private emptyDir: string | undefined;

  constructor(entry: string) {
    this.worker = new Worker(entry);
    this.worker.on('message', (m: ReaderMessage) => {
      this.inbox.push(m);
      this.arrive();
    });
    this.worker.on('error', (err) => this.fail(`the history reader thread failed: ${err.message}`));
    this.worker.on('exit', (code) => this.fail(`the history reader thread stopped before it was done (exit ${code})`));
    // After the listeners: a 'message' listener refs the thread's port again. An idle thread (started early, for a
    // run whose inputs then fail) must not keep the process alive.
    this.worker.unref();
  }

  private fail(message: string): void {
    this.failure ??= new Error(message);
    this.arrive();
  }

  private arrive(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  /** Starts reading `request`; the thread keeps the process alive until it is done or closed. */
  begin(request: ReadRequest): void {
    if (this.begun) return;
    this.begun = true;
    this.emptyDir = makeEmptyDir();
    this.worker.ref();
    this.worker.postMessage({ ...request, emptyDir: this.emptyDir } satisfies ReadRequest);
  }

  /** The next message, once there is one. */
  async next(): Promise<ReaderMessage> {
    while (this.inbox.length === 0) {
      if (this.failure) throw this.failure;
      await new Promise<void>((r) => (this.wake = r));
    }
    return this.inbox.shift()!;
  }

  /** Tells the reader that a batch was scanned, and gives its buffer back. */
  credit(batch: ReaderBatch): void {
    this.worker.postMessage({ scanned: batchCost(batch), buffer: batch.buffer } satisfies ReaderCredit, [batch.buffer]);
  }

  close(): void {
    this.worker.removeAllListeners('exit');
    void this.worker.terminate();
    // Removed now, not when the thread has ended: the process may exit first (git still in it is no matter).
    if (this.emptyDir) rmSync(this.emptyDir, { recursive: true, force: true });
  }
}

/** A thread started early (prestart.ts), until a scan takes it. */
let early: ReaderThread | undefined;

/** A reader thread: the one started early when there is one, else a new one; none from source (no bundled entry). */
export function startReaderThread(entry = bundledEntry(import.meta.url, 'secret-history-reader.js')) {
  const thread = early;
  early = undefined;
  return thread ?? (entry ? new ReaderThread(entry) : undefined);
}

/**
 * Starts the reader thread now, for a scan that has yet to load: the thread boots (about 0.2 s of its own) while
 * this one compiles the gate, and is ready when the range is known.
 */
export function startReaderThreadEarly(): void {
  early ??= startReaderThread();
}

/** Closes a thread started early that no scan took (the inputs asked for no history, or for more threads). */
export function closeUnusedReaderThread(): void {
  early?.close();
  early = undefined;
}
