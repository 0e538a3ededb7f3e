// A history scan on one scanning thread still reads git in another: a worker thread runs the readers of
// history-read.ts (git's four processes, the patch parser, cat-file's framing) and posts the fragments' bytes here
// in batches, one transferred buffer each, while this thread decodes and scans. git's pipes are emptied
// as fast as git fills them, not only when the scan pauses. Bundled as dist/shared/secret-history-reader.js
// (scripts/build.mjs); from source (unit tests), the readers run in this thread.
import { rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { makeEmptyDir } from './git-process.js';
import { bundledEntry } from '../../core/bundled-entry.js';
import { addStats, type ScanStats } from './git-patches.js';
import { addedFragments, type ReadOptions } from './history-read.js';
import type { Fragment } from './scanner.js';
import { decodeText, type ByteFragment } from './text-chunks.js';

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
}

/** A fragment in a batch: where its bytes are in the batch's buffer. */
export type PackedFragment = Omit<ByteFragment, 'bytes'> & { start: number; end: number };

/** What it posts: batches of fragments with their text in one buffer, then its totals, or why it failed. */
export type ReaderMessage =
  | { fragments: PackedFragment[]; buffer: ArrayBuffer }
  | { done: true; stats: ScanStats; files: string[]; order: string[] }
  | { error: string };

/** What this thread posts back: the bytes it has scanned, so that the reader may send more. */
export interface ReaderCredit {
  scanned: number;
}

/** Bytes a batch gathers before it is posted, and bytes posted but not yet scanned before the reader waits. */
export const BATCH_BYTES = 1024 * 1024;
export const IN_FLIGHT_BYTES = 32 * 1024 * 1024;

/** Fragments as one batch, their bytes copied into one buffer to transfer. */
export function packBatch(batch: ByteFragment[]): { fragments: PackedFragment[]; buffer: ArrayBuffer } {
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
    this.worker.unref();
    this.worker.on('message', (m: ReaderMessage) => {
      this.inbox.push(m);
      this.arrive();
    });
    this.worker.on('error', (err) => this.fail(`the history reader thread failed: ${err.message}`));
    this.worker.on('exit', (code) => this.fail(`the history reader thread stopped before it was done (exit ${code})`));
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

  credit(scanned: number): void {
    this.worker.postMessage({ scanned } satisfies ReaderCredit);
  }

  close(): void {
    this.worker.removeAllListeners('exit');
    void this.worker.terminate();
    // Removed now, not when the thread has ended: the process may exit first (git still in it is no matter).
    if (this.emptyDir) rmSync(this.emptyDir, { recursive: true, force: true });
  }
}

export function startReaderThread(entry = bundledEntry(import.meta.url, 'secret-history-reader.js')) {
  return entry ? new ReaderThread(entry) : undefined;
}

/** `addedFragments`, read by the reader thread when there is one (begun with this request if not yet), else here. */
export async function* readFragments(
  thread: ReaderThread | undefined,
  request: ReadRequest,
  stats: ScanStats,
  options: Omit<ReadOptions, 'commits'> = {},
): AsyncGenerator<Fragment> {
  if (!thread) {
    yield* addedFragments(request.cwd, request.revs, stats, { ...options, commits: request.commits });
    return;
  }
  thread.begin(request);
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
      for (const { start, end, ...rest } of m.fragments) yield { ...rest, text: decodeText(bytes, start, end) };
      thread.credit(m.buffer.byteLength);
    }
  } finally {
    thread.close();
  }
}
