import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  addedFragments
} from "./chunk-2X6KUD36.js";
import {
  addStats,
  decodeText,
  standInText
} from "./chunk-IYCCG2PP.js";
import {
  BATCH_BYTES
} from "./chunk-GAYLG3KF.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/secret-scan/history-reader.ts
init_define_LAUNCHGATE_GATES();
import { isAscii } from "node:buffer";
function packBatch(batch, spare) {
  const used = batch.reduce((n, f) => n + f.bytes.length, 0);
  const buffer = spare && spare.byteLength >= used ? spare : new ArrayBuffer(Math.max(used, 2 * BATCH_BYTES));
  const into = new Uint8Array(buffer);
  let at = 0;
  const fragments = batch.map(({ bytes, ...rest }) => {
    into.set(bytes, at);
    at += bytes.length;
    return { ...rest, start: at - bytes.length, end: at, ascii: isAscii(bytes) };
  });
  return { fragments, buffer, used };
}
async function* readFragments(thread, request, stats, options = {}) {
  if (!thread) {
    yield* addedFragments(request.cwd, request.revs, stats, { ...options, commits: request.commits });
    return;
  }
  thread.begin(request);
  try {
    for (; ; ) {
      const m = await thread.next();
      if ("error" in m) throw new Error(m.error);
      if ("done" in m) {
        addStats(stats, m.stats);
        if (options.seenFiles) for (const f of m.files) options.seenFiles.add(f);
        else stats.files += m.files.length;
        if (options.commitOrder) for (const c of m.order) options.commitOrder.set(c, options.commitOrder.size);
        return;
      }
      const bytes = new Uint8Array(m.buffer);
      for (const { start, end, ascii, ...rest } of m.fragments) {
        const standIn = !ascii && options.standIns ? standInText(bytes.subarray(start, end)) : void 0;
        if (standIn !== void 0)
          yield { ...rest, text: standIn, realText: () => decodeText(bytes, start, end, false) };
        else yield { ...rest, text: decodeText(bytes, start, end, ascii) };
      }
      thread.credit(m);
    }
  } finally {
    thread.close();
  }
}

export {
  packBatch,
  readFragments
};
