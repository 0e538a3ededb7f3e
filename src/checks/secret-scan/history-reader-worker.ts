// The history reader thread (history-reader.ts): reads what the commits added with history-read.ts and posts the
// fragments' bytes in batches; it waits when more than IN_FLIGHT_BYTES are posted and not yet scanned, so that a
// slow scan makes git wait instead of filling memory. Buffers come back with the credit and are filled again.
// Bundled as dist/shared/secret-history-reader.js (scripts/build.mjs).
import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../../core/errors.js';
import { BufferPool } from './buffer-pool.js';
import { emptyStats } from './git-patches.js';
import { addedBytes } from './history-read.js';
import { packBatch } from './history-reader.js';
import {
  BATCH_BYTES,
  IN_FLIGHT_BYTES,
  type ReadRequest,
  type ReaderCredit,
  type ReaderMessage,
} from './reader-thread.js';
import type { ByteFragment } from './text-chunks.js';

const port = parentPort!;
let inFlight = 0;
let credited: (() => void) | undefined;
/** Buffers given back, to fill again. */
const spares: ArrayBuffer[] = [];
/** Buffers of the added files, used again once their bytes are in a batch. */
const buffers = new BufferPool();

port.on('message', (m: ReadRequest | ReaderCredit) => {
  if ('scanned' in m) {
    inFlight -= m.scanned;
    spares.push(m.buffer);
    const c = credited;
    credited = undefined;
    c?.();
  } else void read(m);
});

const post = (m: ReaderMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

async function read({ cwd, revs, commits, emptyDir, gitDir }: ReadRequest): Promise<void> {
  const stats = emptyStats();
  const seenFiles = new Set<string>();
  const commitOrder = new Map<string, number>();
  let batch: ByteFragment[] = [];
  let bytes = 0;
  const send = async () => {
    if (batch.length === 0) return;
    const packed = packBatch(batch, spares.pop());
    // Copied: the files' buffers can take the next files.
    for (const f of batch) buffers.give(f.bytes);
    inFlight += packed.used;
    post(packed, [packed.buffer]);
    batch = [];
    bytes = 0;
    while (inFlight > IN_FLIGHT_BYTES) await new Promise<void>((r) => (credited = r));
  };
  try {
    const options = { commits, seenFiles, commitOrder, emptyDir, gitDir, buffers };
    for await (const fragment of addedBytes(cwd, revs, stats, options)) {
      batch.push(fragment);
      bytes += fragment.bytes.length;
      // A full batch, or whatever there is when the scan has nothing left (at the start above all: it waits).
      if (bytes >= BATCH_BYTES || inFlight === 0) await send();
    }
    await send();
    post({ done: true, stats, files: [...seenFiles], order: [...commitOrder.keys()] });
  } catch (err) {
    post({ error: errorMessage(err) });
  }
  port.close();
}
