// The history reader thread (history-reader.ts): reads what the commits added with history-read.ts and posts the
// fragments' bytes in batches (BatchSink). Each fragment is copied into the batch being filled as soon as it is
// read: an added file that came whole in one read, most of them, straight from the read's buffer. A batch is posted
// when it is full, or at once when the scan has nothing left; readers wait while more than IN_FLIGHT_BYTES are
// posted and not yet scanned, so that a slow scan makes git wait instead of filling memory. Batch buffers come back
// with the credit and are filled again. Bundled as dist/shared/secret-history-reader.js (scripts/build.mjs).
import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../../core/errors.js';
import { emptyStats } from './git-patches.js';
import { readAdded } from './history-read.js';
import { BatchSink } from './history-reader.js';
import type { ReadRequest, ReaderCredit, ReaderMessage } from './reader-thread.js';

const port = parentPort!;
const post = (m: ReaderMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

const sink = new BatchSink((batch, buffer) => post(batch, [buffer]));

port.on('message', (m: ReadRequest | ReaderCredit) => {
  if ('scanned' in m) sink.credit(m);
  else void read(m);
});

async function read({ cwd, revs, commits, emptyDir, gitDir }: ReadRequest): Promise<void> {
  const stats = emptyStats();
  const seenFiles = new Set<string>();
  const commitOrder = new Map<string, number>();
  try {
    await readAdded(cwd, revs, stats, sink, { commits, seenFiles, commitOrder, emptyDir, gitDir }).done;
    sink.post();
    post({ done: true, stats, files: [...seenFiles], order: [...commitOrder.keys()] });
  } catch (err) {
    post({ error: errorMessage(err) });
  }
  port.close();
}
