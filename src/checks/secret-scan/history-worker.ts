// A worker thread of the history scan (history-pool.ts): sent its work, it builds the same rules as the main thread,
// then takes slices of commits from the shared counter until none is left; for each it runs its own `git log -p`, scans what
// the commits added and posts the hits back. Bundled as dist/shared/secret-history-worker.js (scripts/build.mjs).
import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../../core/errors.js';
import type { WorkerData } from './history-pool.js';
import { scanSlice, scannerFor, type SliceResult } from './history-slice.js';

const port = parentPort!;

// The work arrives once (the thread may have been started before the range was known); then the thread ends.
port.once('message', (data: WorkerData) => void scanSlices(data));

async function scanSlices({ setup, slices, counter }: WorkerData): Promise<void> {
  // The rules first: a slice is taken only once this thread can scan it, so none waits on another thread's set-up.
  let scanner: ReturnType<typeof scannerFor>;
  try {
    scanner = scannerFor(setup);
  } catch (err) {
    port.postMessage({ index: -1, error: errorMessage(err) } satisfies SliceResult);
    return;
  }
  for (let i = Atomics.add(counter, 0, 1); i < slices.length; i = Atomics.add(counter, 0, 1)) {
    let result: SliceResult;
    try {
      result = await scanSlice(setup.cwd, { index: i, commits: slices[i] }, scanner);
    } catch (err) {
      result = { index: i, error: errorMessage(err) };
    }
    port.postMessage(result);
    if (result.error !== undefined) break;
  }
}
