// The secret scan's thread knobs, environment variables for benchmarks, and the default thread count, apart so
// that prestart.ts reads them without loading the scan.
import os from 'node:os';

/**
 * Threads for a history scan. A benchmark knob: 1 reads the history with one git process in this thread.
 * Default: one per core from 3 cores up (at most 8), else 1. On 2 cores a second thread does not pay: with one
 * thread, git and V8's own helper threads already keep the second core about half busy, and a second scanning
 * thread costs about as much again (its own rules and warm-up, cold git processes per slice): measured on a
 * 2-core machine, the same wall time for 38 % more CPU (docs/benchmarks.md).
 */
export const THREADS_ENV = 'LAUNCHGATE_SECRET_SCAN_THREADS';
const MIN_CORES_FOR_THREADS = 3;
const MAX_DEFAULT_THREADS = 8;

/** Threads for a history scan when THREADS_ENV is not set. */
export function defaultHistoryThreads(): number {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  return cores >= MIN_CORES_FOR_THREADS ? Math.min(MAX_DEFAULT_THREADS, cores) : 1;
}

/**
 * With one scanning thread, whether git is read by a thread of its own (`thread`, the default) or by the scanning
 * thread between fragments (`inline`). A benchmark knob, like THREADS_ENV.
 */
export const READER_ENV = 'LAUNCHGATE_SECRET_SCAN_READER';
