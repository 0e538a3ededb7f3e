// The second thread of a working-tree scan (started by tree-parallel.ts from dist/shared/secret-scan-worker.js):
// compiles the default rules, then takes batches of files from the counter it shares with the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { defaultRuleSet } from './rules.js';
import { Scanner } from './scanner.js';
import { BATCH_FILES, scanBatch, type WorkerFiles, type WorkerInput, type WorkerMessage } from './tree-parallel.js';

const { next } = workerData as WorkerInput;
const counter = new Int32Array(next);
const scanner = new Scanner(defaultRuleSet());
parentPort!.once('message', ({ files }: WorkerFiles) => {
  const batches = Math.ceil(files.length / BATCH_FILES);
  for (let b = Atomics.add(counter, 0, 1); b < batches; b = Atomics.add(counter, 0, 1))
    parentPort!.postMessage({ type: 'batch', ...scanBatch(files, b, scanner) } satisfies WorkerMessage);
  parentPort!.postMessage({ type: 'done' } satisfies WorkerMessage);
  parentPort!.close();
});
