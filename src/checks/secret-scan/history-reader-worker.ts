// The history reader thread (history-reader.ts): reads what the commits added with history-read.ts and posts the
// fragments' bytes in batches; it waits when more than IN_FLIGHT_BYTES are posted and not yet scanned, so that a
// slow scan makes git wait instead of filling memory. Bundled as dist/shared/secret-history-reader.js (scripts/build.mjs).
import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../../core/errors.js';
import { emptyStats } from './git-patches.js';
import { addedBytes } from './history-read.js';
import {
  BATCH_BYTES,
  IN_FLIGHT_BYTES,
  packBatch,
  type ReadRequest,
  type ReaderCredit,
  type ReaderMessage,
} from './history-reader.js';
import type { ByteFragment } from './text-chunks.js';

const port = parentPort!;
let inFlight = 0;
let credited: (() => void) | undefined;

port.on('message', (m: ReadRequest | ReaderCredit) => {
  if ('scanned' in m) {
    inFlight -= m.scanned;
    const c = credited;
    credited = undefined;
    c?.();
  } else void read(m);
});

const post = (m: ReaderMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

async function read({ cwd, revs, commits, emptyDir }: ReadRequest): Promise<void> {
  const stats = emptyStats();
  const seenFiles = new Set<string>();
  const commitOrder = new Map<string, number>();
  let batch: ByteFragment[] = [];
  let bytes = 0;
  const send = async () => {
    if (batch.length === 0) return;
    const packed = packBatch(batch);
    inFlight += packed.buffer.byteLength;
    post(packed, [packed.buffer]);
    batch = [];
    bytes = 0;
    while (inFlight > IN_FLIGHT_BYTES) await new Promise<void>((r) => (credited = r));
  };
  try {
    for await (const fragment of addedBytes(cwd, revs, stats, { commits, seenFiles, commitOrder, emptyDir })) {
      batch.push(fragment);
      bytes += fragment.bytes.length;
      if (bytes >= BATCH_BYTES) await send();
    }
    await send();
    post({ done: true, stats, files: [...seenFiles], order: [...commitOrder.keys()] });
  } catch (err) {
    post({ error: errorMessage(err) });
  }
  port.close();
}
