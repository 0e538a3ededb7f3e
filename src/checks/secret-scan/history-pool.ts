// A history scan over both (or all) cores: `git rev-list` names the commits, which are cut into slices of whole
// commits; each worker thread runs its own `git log -p` over one slice at a time and scans it, so git processes
// and scanners run side by side. Results are put back in slice order: the hits are the single-process scan's, in
// its order (rev-list and log walk the same way, and `--no-walk=unsorted` keeps each slice's order).
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { UserError } from '../../core/errors.js';
import { addStats, type ScanStats } from './git-patches.js';
import { gitOutput } from './git-process.js';
import { inLogOrder } from './history-read.js';
import { readFragments } from './history-reader.js';
import { startReaderThread, type ReaderThread } from './reader-thread.js';
import { defaultHistoryThreads, READER_ENV, THREADS_ENV } from './thread-knobs.js';
import { scanSlice, type SliceRequest, type SliceResult, type WorkerSetup } from './history-slice.js';
import type { Scanner, SecretHit } from './scanner.js';
import { bundledEntry } from '../../core/bundled-entry.js';

/** Fewer commits than this are read in one go: starting threads would cost more than it saves. */
export const MIN_PARALLEL_COMMITS = 16;
/**
 * Slices shrink as the work runs out (guided scheduling): each is a share of what is left, so the first are large
 * (few git processes: each starts with cold caches, about 0.04 CPU-s a slice on the benchmark) and the last small
 * (no thread waits long for another at the end). None is smaller than a 1/TAIL_SLICES_PER_THREAD share per thread.
 */
const SHARE_PER_THREAD = 2;
const TAIL_SLICES_PER_THREAD = 3;
const MAX_SLICE_COMMITS = 1000;

const threadsSchema = z.coerce.number().int().min(1).max(64);

export function readerThread(env: Record<string, string | undefined>): boolean {
  const raw = env[READER_ENV]?.trim();
  if (!raw || raw === 'thread') return true;
  if (raw === 'inline') return false;
  throw new UserError(
    `${READER_ENV}=${JSON.stringify(raw.slice(0, 40))} is not a reader: use thread (the default) or inline.`,
  );
}

export function historyThreads(env: Record<string, string | undefined>): number {
  const raw = env[THREADS_ENV]?.trim();
  if (!raw) return defaultHistoryThreads();
  const parsed = threadsSchema.safeParse(raw);
  if (!parsed.success)
    throw new UserError(
      `${THREADS_ENV}=${JSON.stringify(raw.slice(0, 40))} is not a thread count: use a whole number from 1 to 64 (empty: one per core).`,
    );
  return parsed.data;
}

export interface HistoryScan {
  cwd: string;
  revs: string[];
  scanner: Scanner;
  stats: ScanStats;
  threads: number;
  setup: Omit<WorkerSetup, 'cwd'>;
  /** Below this many commits, one git process in this thread (tests lower it). */
  minParallelCommits?: number;
  /** The worker's built entry; absent: dist/shared/secret-history-worker.js beside this bundle, if there is one. */
  workerEntry?: string | null;
  /** Threads started early (startHistoryThreads); this scan uses them or ends them. */
  started?: HistoryThreads;
}

/**
 * Worker threads started before the range is known (at the start of the check), so that loading the bundle in
 * them overlaps this thread's own set-up (the rules, git's checks of the range). Unreferenced until a scan uses
 * them: idle, they never keep the process alive.
 */
export class HistoryThreads {
  readonly workers: Worker[] = [];
  /** Why a thread cannot be used (it failed or stopped before it had work). */
  failure: Error | undefined;

  constructor(
    readonly entry: string,
    count: number,
    /** With one scanning thread: the thread that reads git for it (history-reader.ts). */
    readonly reader?: ReaderThread,
  ) {
    for (let t = 0; t < count; t++) {
      const worker = new Worker(entry);
      worker.unref();
      worker.on('error', (err) => (this.failure ??= new Error(`a history scan thread failed: ${err.message}`)));
      worker.on('exit', (code) => (this.failure ??= new Error(`a history scan thread stopped early (exit ${code})`)));
      this.workers.push(worker);
    }
  }

  close(): void {
    this.reader?.close();
    for (const worker of this.workers) {
      worker.removeAllListeners('exit');
      void worker.terminate();
    }
  }
}

/**
 * `threads - 1` scanning workers beside this thread, when the bundle has the worker entry; with one thread, the
 * thread that reads git for this one, when the bundle has its entry; else none.
 */
export function startHistoryThreads(
  threads: number,
  entry = bundledWorker(),
  startReader: () => ReaderThread | undefined = startReaderThread,
): HistoryThreads | undefined {
  if (threads > 1) return entry ? new HistoryThreads(entry, threads - 1) : undefined;
  const reader = startReader();
  return reader ? new HistoryThreads('', 0, reader) : undefined;
}

/** Scans what each commit of the range added; returns the hits in the order a single `git log -p` gives. */
export async function scanHistoryRange(scan: HistoryScan): Promise<{ hits: SecretHit[]; threads: number }> {
  try {
    return await scanRange(scan);
  } finally {
    scan.started?.close();
  }
}

async function scanRange(scan: HistoryScan): Promise<{ hits: SecretHit[]; threads: number }> {
  const { cwd, revs, scanner, stats } = scan;
  const single = async () => {
    const hits: SecretHit[] = [];
    const commitOrder = new Map<string, number>();
    const options = { commitOrder, standIns: scanner.takesStandIns };
    for await (const fragment of readFragments(scan.started?.reader, { cwd, revs }, stats, options))
      for (const hit of scanner.scan(fragment)) hits.push(hit);
    return { hits: inLogOrder(hits, commitOrder), threads: 1 };
  };
  if (scan.threads <= 1) return single();
  const commits = await revList(cwd, revs);
  if (commits.length < (scan.minParallelCommits ?? MIN_PARALLEL_COMMITS)) return single();
  const slices = sliceCommits(commits, scan.threads);
  const entry = scan.workerEntry === undefined ? (scan.started?.entry ?? bundledWorker()) : scan.workerEntry;
  const threads = entry ? Math.min(scan.threads, slices.length) : 1;
  const results = await runPool(entry, slices, { ...scan.setup, cwd }, threads, scanner, scan.started);
  const hits: SecretHit[] = [];
  const files = new Set<string>();
  for (const result of results) {
    addStats(stats, result.stats!);
    for (const file of result.files!) files.add(file);
    for (const hit of result.hits!) hits.push(hit);
  }
  stats.files += files.size;
  return { hits, threads };
}

/** Whole commits, in rev-list order, cut into slices that shrink from a share of the whole to a floor. */
export function sliceCommits(commits: string[], threads: number): SliceRequest[] {
  const floor = Math.max(1, Math.ceil(commits.length / (threads * TAIL_SLICES_PER_THREAD)));
  const slices: SliceRequest[] = [];
  for (let i = 0; i < commits.length;) {
    const share = Math.ceil((commits.length - i) / (threads * SHARE_PER_THREAD));
    const size = Math.min(MAX_SLICE_COMMITS, Math.max(floor, share));
    slices.push({ index: slices.length, commits: commits.slice(i, i + size) });
    i += size;
  }
  return slices;
}

async function revList(cwd: string, revs: string[]): Promise<string[]> {
  return (await gitOutput(cwd, ['rev-list', ...revs, '--'])).split('\n').filter(Boolean);
}

/** dist/shared/secret-history-worker.js, found from this bundle's chunk (see scripts/build.mjs). */
function bundledWorker(): string | undefined {
  return bundledEntry(import.meta.url, 'secret-history-worker.js');
}

/**
 * This thread and `threads - 1` workers take slices from one shared counter, each as soon as it is free; the first
 * error stops them all. Without a worker entry (from source), this thread reads every slice.
 */
async function runPool(
  entry: string | undefined | null,
  slices: SliceRequest[],
  setup: WorkerSetup,
  threads: number,
  scanner: Scanner,
  started: HistoryThreads | undefined,
): Promise<SliceResult[]> {
  const results: SliceResult[] = new Array(slices.length);
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const workers: Worker[] = [];
  let done = 0;
  let failure: Error | undefined;
  let wake: () => void = () => undefined;
  const allDone = new Promise<void>((resolve) => (wake = resolve));
  const settle = (result: SliceResult) => {
    if (result.error !== undefined) fail(new Error(result.error));
    else {
      results[result.index] = result;
      if (++done === slices.length) wake();
    }
  };
  const fail = (err: Error) => {
    failure ??= err;
    // Nobody takes another slice.
    Atomics.store(counter, 0, slices.length);
    wake();
  };
  let running = entry ? threads - 1 : 0;
  let ownDone = false;
  // Every reader has stopped, yet a slice has no result: never wait for it forever.
  const checkMissing = () => {
    if (ownDone && running === 0 && done < slices.length)
      fail(new Error(`history scan threads stopped with ${slices.length - done} slice(s) unread`));
  };
  try {
    if (started?.failure) throw started.failure;
    if (entry)
      for (let t = 1; t < threads; t++) {
        const worker = started?.workers[t - 1] ?? new Worker(entry);
        worker.ref();
        worker.postMessage({ setup, slices: slices.map((s) => s.commits), counter } satisfies WorkerData);
        workers.push(worker);
        worker.on('message', settle);
        worker.on('error', (err) => fail(new Error(`a history scan thread failed: ${err.message}`)));
        // A worker exits when no slice is left; its results arrive before its exit (Node drains the port first).
        worker.removeAllListeners('exit');
        worker.on('exit', (code) => {
          running--;
          if (code !== 0) fail(new Error(`a history scan thread stopped (exit ${code})`));
          else checkMissing();
        });
      }
    for (let i = Atomics.add(counter, 0, 1); i < slices.length; i = Atomics.add(counter, 0, 1))
      settle(await scanSlice(setup.cwd, slices[i], scanner));
    ownDone = true;
    checkMissing();
    await allDone;
  } finally {
    for (const worker of workers) {
      worker.removeAllListeners('exit');
      void worker.terminate();
    }
  }
  if (failure) throw failure;
  return results;
}

/** What each worker is sent: the rules' source, every slice, and the counter that hands them out. */
export interface WorkerData {
  setup: WorkerSetup;
  slices: string[][];
  counter: Int32Array;
}
