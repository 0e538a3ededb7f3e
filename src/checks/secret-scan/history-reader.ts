// A history scan on one scanning thread still reads git in another: a worker thread (reader-thread.ts) runs the
// readers of history-read.ts (git's four processes, the patch parser, cat-file's framing) and posts the fragments'
// bytes here in batches, one transferred buffer each, while this thread decodes and scans. git's pipes are emptied
// as fast as git fills them, not only when the scan pauses. Bundled as dist/shared/secret-history-reader.js
// (scripts/build.mjs); from source (unit tests), the readers run in this thread.
import { isAscii } from 'node:buffer';
import { addStats, type ScanStats } from './git-patches.js';
import { addedFragments, type ReadOptions } from './history-read.js';
import {
  BATCH_BYTES,
  type PackedFragment,
  type ReaderBatch,
  type ReaderThread,
  type ReadRequest,
} from './reader-thread.js';
import type { Fragment } from './scanner.js';
import { decodeText, standInText, type ByteFragment } from './text-chunks.js';

/** Fragments as one batch, their bytes copied into one buffer to transfer: a `spare` one when it is large enough. */
export function packBatch(batch: ByteFragment[], spare?: ArrayBuffer): ReaderBatch {
  const used = batch.reduce((n, f) => n + f.bytes.length, 0);
  // Room for a batch a little over BATCH_BYTES, the usual, so that a buffer given back can take the next one.
  const buffer = spare && spare.byteLength >= used ? spare : new ArrayBuffer(Math.max(used, 2 * BATCH_BYTES));
  const into = new Uint8Array(buffer);
  let at = 0;
  const fragments = batch.map(({ bytes, ...rest }): PackedFragment => {
    into.set(bytes, at);
    at += bytes.length;
    return { ...rest, start: at - bytes.length, end: at, ascii: isAscii(bytes) };
  });
  return { fragments, buffer, used };
}

/** `addedFragments`, read by the reader thread when there is one (begun with this request if not yet), else here. */
export async function* readFragments(
  thread: ReaderThread | undefined,
  request: ReadRequest,
  stats: ScanStats,
  options: Omit<ReadOptions, 'commits'> & { standIns?: boolean } = {},
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
      for (const { start, end, ascii, ...rest } of m.fragments) {
        const standIn = !ascii && options.standIns ? standInText(bytes.subarray(start, end)) : undefined;
        // The real text is read before the batch's buffer goes back: the scan takes a fragment at a time.
        if (standIn !== undefined)
          yield { ...rest, text: standIn, realText: () => decodeText(bytes, start, end, false) };
        else yield { ...rest, text: decodeText(bytes, start, end, ascii) };
      }
      thread.credit(m);
    }
  } finally {
    thread.close();
  }
}
