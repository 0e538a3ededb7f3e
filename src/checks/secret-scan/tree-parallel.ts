import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { addStats, emptyStats, type ScanStats } from './git-patches.js';
import { isDefaultRuleSet } from './rules.js';
import type { Scanner, SecretHit } from './scanner.js';
import { fileFragments, treeFiles, type TreeFile, type TreeWalk } from './tree.js';
import { bundledEntry } from '../../core/bundled-entry.js';

/** Files per unit of work: small enough to balance two threads, large enough that messages cost nothing. */
export const BATCH_FILES = 32;
/** Below this many files a second thread costs more to start (load the bundle, compile the rules) than it saves. */
const MIN_FILES_FOR_WORKER = 256;

/** What one batch of files gave. */
export interface BatchResult {
  batch: number;
  hits: SecretHit[];
  stats: ScanStats;
}

/** Message from the worker: a batch done, or all done. */
export type WorkerMessage = ({ type: 'batch' } & BatchResult) | { type: 'done' };

export interface WorkerInput {
  /** One Int32: the next batch to take, shared by both threads (Atomics.add). */
  next: SharedArrayBuffer;
}

/** The files to scan, posted to the worker once the walk is done. */
export interface WorkerFiles {
  files: TreeFile[];
}

/** Reads and scans one batch of files. */
export function scanBatch(files: TreeFile[], batch: number, scanner: Scanner): BatchResult {
  const stats = emptyStats();
  const hits: SecretHit[] = [];
  for (const f of files.slice(batch * BATCH_FILES, (batch + 1) * BATCH_FILES))
    for (const fragment of fileFragments(f.abs, f.file, stats)) hits.push(...scanner.scan(fragment));
  return { batch, hits, stats };
}

export interface ParallelOptions {
  /** Threads to use (default: 2 when the machine has 2 cores). */
  threads?: number;
  /** Tests: the built worker, when the code runs from source; a broken one to check the fallback. */
  workerEntry?: string;
  /** Tests: the main thread only waits, so that the worker scans every batch it can. */
  mainScans?: boolean;
  minFiles?: number;
  /** Filled in: how many batches the worker scanned. */
  report?: { workerBatches: number };
}

/** A worker, or none when the platform refuses one (then this thread scans alone). */
function startWorker(entry: string, next: SharedArrayBuffer): Worker | undefined {
  try {
    return new Worker(entry, { workerData: { next } satisfies WorkerInput });
  } catch {
    return undefined;
  }
}

/** The worker's entry in the bundle: dist/shared/secret-scan-worker.js (see scripts/build.mjs); none from source. */
function workerEntry(): string | undefined {
  return bundledEntry(import.meta.url, 'secret-scan-worker.js');
}

/**
 * The working tree's findings, as `treeFragments` and `scanner.scan` give them one file after the other, in the
 * same order, but on two threads when the machine has two cores, the rules are the default set (a worker
 * compiles its own copy; a user's config stays on one thread) and the tree is large enough. Both threads take
 * batches of files from one shared counter, so a slow thread takes fewer. A worker that fails leaves no file
 * unscanned: every batch it took without reporting is scanned here.
 */
export async function scanTreeFiles(
  cwd: string,
  roots: string[],
  stats: ScanStats,
  walk: TreeWalk,
  scanner: Scanner,
  options: ParallelOptions = {},
): Promise<SecretHit[]> {
  const threads = options.threads ?? Math.min(2, availableParallelism());
  const entry = options.workerEntry ?? workerEntry();
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  // Started before the walk, so that it loads and compiles its rules meanwhile; sent the files once they are known.
  const worker =
    threads > 1 && entry !== undefined && isDefaultRuleSet(scanner.ruleSet) ? startWorker(entry, next) : undefined;
  worker?.unref();
  const files = [...treeFiles(cwd, roots, walk)];
  const batches = Math.ceil(files.length / BATCH_FILES);
  const results: ((BatchResult & { fromWorker?: boolean }) | undefined)[] = new Array(batches);
  let finished: Promise<void> = Promise.resolve();
  if (worker && files.length >= (options.minFiles ?? MIN_FILES_FOR_WORKER)) {
    worker.ref(); // this process now waits for it
    finished = new Promise<void>((resolve) => {
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'batch') results[m.batch] = { ...m, fromWorker: true };
        else resolve();
      });
      // Whatever the worker did not report is scanned below: an error is not a gap in the scan.
      worker.on('error', () => resolve());
      worker.on('exit', () => resolve());
    });
    worker.postMessage({ files } satisfies WorkerFiles);
    finished = finished.then(() => worker.terminate().then(() => undefined));
  } else if (worker) {
    worker.on('error', () => undefined);
    void worker.terminate();
  }
  if (options.mainScans !== false)
    for (let b = Atomics.add(counter, 0, 1); b < batches; b = Atomics.add(counter, 0, 1))
      results[b] = scanBatch(files, b, scanner);
  await finished;
  if (options.report) options.report.workerBatches = results.filter((r) => r && r.fromWorker).length;
  const hits: SecretHit[] = [];
  for (let b = 0; b < batches; b++) {
    const r = results[b] ?? scanBatch(files, b, scanner);
    for (const hit of r.hits) hits.push(hit);
    stats.files += r.stats.files;
    addStats(stats, r.stats);
  }
  return hits;
}
