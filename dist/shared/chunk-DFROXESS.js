import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  CHUNK_BYTES,
  COMMIT_FORMAT,
  COMMIT_MARK,
  GIT_LOG_CONFIG,
  PatchParser,
  SNIFF_BYTES,
  TextChunker,
  fileKind,
  fragmentText,
  kindByName,
  patchLogArgs,
  unquoteGitPath
} from "./chunk-VJHTZG3O.js";
import {
  neutralGit,
  startGit,
  startGitToFile
} from "./chunk-HWAZG4DL.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/secret-scan/history-read.ts
init_define_LAUNCHGATE_GATES();
import { isAscii } from "node:buffer";
import { rmSync } from "node:fs";
import path from "node:path";

// src/checks/secret-scan/git-blobs.ts
init_define_LAUNCHGATE_GATES();
var NEWLINE = 10;
var COLON = 58;
var TAB = 9;
var GITLINK_MODE = "160000";
function rawLogArgs(revs) {
  return [
    ...GIT_LOG_CONFIG,
    "log",
    "--raw",
    "--no-abbrev",
    "--no-renames",
    "--full-history",
    COMMIT_FORMAT,
    ...revs ?? ["--no-walk=unsorted", "--stdin"],
    "--"
  ];
}
var RawLogParser = class {
  constructor(onCommit, onAdded, onChanged = () => void 0) {
    this.onCommit = onCommit;
    this.onAdded = onAdded;
    this.onChanged = onChanged;
  }
  onCommit;
  onAdded;
  onChanged;
  commit = "";
  author = "";
  date = "";
  merge = false;
  carry;
  write(input) {
    const chunk = this.carry ? Buffer.concat([this.carry, input]) : input;
    this.carry = void 0;
    let pos = 0;
    for (let nl = chunk.indexOf(NEWLINE, pos); nl >= 0; nl = chunk.indexOf(NEWLINE, pos)) {
      this.line(chunk, pos, nl);
      pos = nl + 1;
    }
    if (pos < chunk.length) this.carry = Buffer.from(chunk.subarray(pos));
  }
  end() {
    if (this.carry) this.line(this.carry, 0, this.carry.length);
    this.carry = void 0;
  }
  line(chunk, start, end) {
    if (chunk[start] === COLON) {
      const tab = chunk.indexOf(TAB, start);
      if (tab < 0 || tab >= end || this.merge) return;
      if (chunk[tab - 1] !== 65) {
        if (chunk[tab - 1] !== 68) this.onChanged();
        return;
      }
      const fields = chunk.toString("latin1", start + 1, tab).split(" ");
      if (fields.length !== 5 || fields[1] === GITLINK_MODE) return;
      this.onAdded({
        blob: fields[3],
        file: unquoteGitPath(chunk.toString("utf8", tab + 1, end)),
        commit: this.commit,
        author: this.author,
        date: this.date
      });
      return;
    }
    const line = chunk.toString("utf8", start, end);
    if (!line.startsWith(COMMIT_MARK)) return;
    const [commit, parents, author, date] = line.slice(COMMIT_MARK.length).split("\0");
    this.commit = commit;
    this.author = author;
    this.date = date;
    this.merge = parents.includes(" ");
    this.onCommit({ commit, merge: this.merge });
  }
};
var CatFileFrames = class {
  constructor(start, content) {
    this.start = start;
    this.content = content;
  }
  start;
  content;
  header = [];
  /** Bytes of the current object still due, then its newline; -1 when a header is due. */
  left = -1;
  write(chunk) {
    let pos = 0;
    while (pos < chunk.length) {
      if (this.left < 0) {
        const nl = chunk.indexOf(NEWLINE, pos);
        this.header.push(chunk.subarray(pos, nl < 0 ? chunk.length : nl));
        if (nl < 0) {
          this.header = [Buffer.concat(this.header)];
          return;
        }
        pos = nl + 1;
        const size = this.start(Buffer.concat(this.header).toString("latin1"));
        this.header = [];
        this.left = size + 1;
        continue;
      }
      const take = Math.min(this.left, chunk.length - pos);
      const contentEnd = pos + Math.max(0, Math.min(take, this.left - 1));
      if (contentEnd > pos) this.content(chunk.subarray(pos, contentEnd), contentEnd - pos === this.left - 1);
      pos += take;
      this.left -= take;
      if (this.left === 0) this.left = -1;
    }
  }
  /** Whether the output so far ends between objects (every object begun was read whole). */
  get between() {
    return this.left < 0 && this.header.length === 0;
  }
};
function blobHeader(header) {
  const m = /^([0-9a-f]{40,64}) blob (\d+)$/.exec(header);
  return m ? { id: m[1], size: Number(m[2]) } : void 0;
}
var BlobReader = class {
  constructor(pending, stats, seenFiles, binaries) {
    this.pending = pending;
    this.stats = stats;
    this.seenFiles = seenFiles;
    this.binaries = binaries;
  }
  pending;
  stats;
  seenFiles;
  binaries;
  current;
  frames = new CatFileFrames(
    (header) => this.start(header),
    (piece, last) => this.content(this.current, piece, last)
  );
  ready = [];
  write(chunk) {
    this.frames.write(chunk);
  }
  /** Whether every blob asked for has been read whole. */
  get idle() {
    return this.frames.between && this.pending.length === 0;
  }
  start(header) {
    const blob = this.pending.shift();
    const h = blobHeader(header);
    if (!blob || !h || h.id !== blob.blob)
      throw new Error(
        `git cat-file answered "${header.slice(0, 120)}" for ${blob ? `${blob.blob} (${blob.file})` : "a blob not asked for"}: the history cannot be read whole`
      );
    this.current = { blob, size: h.size, filled: 0, head: [] };
    return h.size;
  }
  /** Bytes of the current blob; `last` when they end it. */
  content(cur, piece, last) {
    if (cur.binary) return;
    const bytes = last && piece[piece.length - 1] === NEWLINE ? piece.subarray(0, -1) : piece;
    if (cur.size <= CHUNK_BYTES) {
      if (last && cur.filled === 0) return this.whole(cur, bytes, piece, true);
      cur.filling ??= Buffer.allocUnsafe(cur.size);
      cur.filling.set(piece, cur.filled);
      cur.filled += piece.length;
      if (last) {
        const all = cur.filling.subarray(0, cur.filled);
        this.whole(cur, all.subarray(0, all.length - (bytes === piece ? 0 : 1)), all);
      }
      return;
    }
    if (!cur.chunker) {
      cur.head.push(Buffer.from(bytes));
      const head = Buffer.concat(cur.head);
      if (head.length < SNIFF_BYTES && !last) {
        cur.head = [head];
        return;
      }
      if (kindOf(cur.blob.file, head) === "binary") return this.binary(cur);
      this.stats.bytes += cur.size;
      cur.chunker = new TextChunker(base(cur.blob));
      cur.head = [];
      cur.chunker.write(head, this.ready);
    } else cur.chunker.write(bytes, this.ready);
    if (last) {
      cur.chunker.end(this.ready);
      if (cur.chunker.chunked) this.stats.chunked++;
      this.seenFiles.add(cur.blob.file);
    }
  }
  /** A blob that fits one chunk: `raw` with its last newline, `bytes` without. */
  whole(cur, bytes, raw, borrowed = false) {
    if (kindOf(cur.blob.file, raw) === "binary") return this.binary(cur);
    this.stats.bytes += cur.size;
    if (bytes.length === 0) return;
    this.ready.push(borrowed ? { ...base(cur.blob), bytes, borrowed: true } : { ...base(cur.blob), bytes });
    this.seenFiles.add(cur.blob.file);
  }
  binary(cur) {
    cur.binary = true;
    this.binaries.push({ file: cur.blob.file, commit: cur.blob.commit });
    this.ready.push({ ...base(cur.blob), bytes: new Uint8Array(0), binary: true });
  }
};
function kindOf(file, head) {
  return fileKind(file, head.subarray(0, SNIFF_BYTES), { binaryByName: false });
}
function base(blob) {
  return { file: blob.file, commit: blob.commit, author: blob.author, date: blob.date };
}

// src/checks/secret-scan/history-read.ts
var QUEUE_BYTES = 4 * 1024 * 1024;
var FED_BLOBS = 1024;
var FILE_BYTES = 256 * 1024 * 1024;
var UNFED_BLOBS = 64 * 1024;
async function* addedFragments(cwd, revs, stats, options = {}) {
  const queue = new FragmentQueue();
  const reading = readAdded(cwd, revs, stats, queue, options);
  reading.done.then(
    () => queue.close(),
    (err) => queue.fail(err)
  );
  const standIns = options.standIns ?? false;
  let turn = performance.now();
  try {
    for await (const { bytes, borrowed: _, ...rest } of queue) {
      yield { ...rest, ...fragmentText(bytes, isAscii(bytes), standIns) };
      if (performance.now() - turn > YIELD_EVERY_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        turn = performance.now();
      }
    }
  } finally {
    reading.stop();
  }
}
var YIELD_EVERY_MS = 1;
async function countAdded(cwd, revs, stats) {
  await readAdded(cwd, revs, stats, {
    push: async (from) => {
      from.length = 0;
    }
  }).done;
}
function readAdded(cwd, revs, stats, sink, options = {}) {
  const processes = [];
  let stopped = false;
  let dispose;
  const stop = () => {
    stopped = true;
    for (const p of processes) p.stop();
    dispose?.();
    dispose = void 0;
  };
  const done = (async () => {
    const git = await neutralGit(cwd, options.emptyDir, options.gitDir);
    dispose = git.dispose;
    if (stopped) return stop();
    try {
      await read(git, revs, stats, sink, options, (p) => {
        processes.push(p);
        if (stopped) p.stop();
        return p;
      });
    } finally {
      stop();
    }
  })();
  done.catch(() => void 0);
  return { done, stop };
}
async function read(git, revs, stats, sink, options, track) {
  const seen = options.seenFiles ?? /* @__PURE__ */ new Set();
  const order = options.commitOrder ?? /* @__PURE__ */ new Map();
  const binaries = [];
  const run = (args, stdin) => track(startGit(git.cwd, args, { env: git.env, stdin }));
  const runToFile = (args, file, stdin) => track(startGitToFile(git.cwd, args, path.join(git.cwd, file), { env: git.env, stdin }));
  const list = options.commits ? options.commits.join("\n") + "\n" : void 0;
  const raw = run(rawLogArgs(options.commits ? void 0 : revs), list);
  const addedFiles = () => runToFile(["cat-file", "--batch"], "added-files.out", "pipe");
  let catFile = addedFiles();
  let catFileBytes = 0;
  let catFileFull = false;
  let patches;
  let mergeLog;
  const gitBinaries = [];
  let changed;
  const changedFile = () => {
    if (patches) return;
    patches = run(patchLogArgs(options.commits ? void 0 : revs, ["--no-merges", "--diff-filter=ad"]), list);
    changed = readPatches(patches, stats, seen, binaries, sink, gitBinaries).then(() => reread(gitBinaries));
    changed.catch(() => void 0);
  };
  const unfed = [];
  let unfedFrom = 0;
  let walkDone = false;
  const pending = [];
  const feed = () => {
    const blobsIn = catFile.child.stdin;
    let ids = "";
    while (!catFileFull && pending.length < (options.limits?.fedBlobs ?? FED_BLOBS) && unfedFrom < unfed.length) {
      const b = unfed[unfedFrom++];
      pending.push(b);
      ids += `${b.blob}
`;
    }
    if (unfedFrom > 4096 && unfedFrom * 2 > unfed.length) {
      unfed.splice(0, unfedFrom);
      unfedFrom = 0;
    }
    if (unfed.length - unfedFrom < UNFED_BLOBS / 2) roomToWalk?.();
    if (blobsIn.writableEnded) return;
    if (ids) blobsIn.write(ids);
    if (walkDone && unfedFrom === unfed.length || catFileFull) blobsIn.end();
  };
  let roomToWalk;
  const walked = (async () => {
    const parser = new RawLogParser(
      (c) => {
        order.set(c.commit, order.size);
        stats.commits++;
        if (c.merge) {
          mergeLog ??= run(patchLogArgs(void 0, ["--cc", "--merges"]), "pipe");
          mergeLog.child.stdin.write(`${c.commit}
`);
        }
      },
      (b) => unfed.push(b),
      changedFile
    );
    for await (const chunk of raw.child.stdout) {
      parser.write(chunk);
      feed();
      while (unfed.length - unfedFrom >= UNFED_BLOBS) await new Promise((r) => roomToWalk = r);
      roomToWalk = void 0;
    }
    parser.end();
    await raw.done;
    walkDone = true;
    feed();
    mergeLog?.child.stdin.end();
  })();
  const blobs = (async () => {
    const reader = new BlobReader(pending, stats, seen, binaries);
    for (; ; ) {
      for await (const chunk of catFile.output()) {
        reader.write(chunk);
        catFileBytes += chunk.length;
        catFileFull ||= catFileBytes > (options.limits?.fileBytes ?? FILE_BYTES);
        feed();
        await sink.push(reader.ready);
      }
      await catFile.done;
      rmSync(catFile.file, { force: true });
      if (!catFileFull || walkDone && unfedFrom === unfed.length) break;
      catFile = addedFiles();
      catFileBytes = 0;
      catFileFull = false;
      feed();
    }
    await walked;
    if (!reader.idle) throw new Error("git cat-file ended before every added file was read: refusing a partial scan");
  })();
  const changes = walked.then(() => changed);
  const mergeBinaries = [];
  const merged = walked.then(async () => {
    if (!mergeLog) return;
    await readPatches(mergeLog, stats, seen, binaries, sink, mergeBinaries);
    await reread(mergeBinaries);
  });
  const reread = async (list2) => {
    const candidates = list2.filter((b) => kindByName(b.file) !== "binary");
    if (!candidates.length) return;
    const heads = await blobHeads(
      run(["cat-file", "--batch"], "pipe"),
      candidates.map((b) => b.newBlob)
    );
    const text = candidates.filter((b, i) => fileKind(b.file, heads[i]) !== "binary");
    const readAsText = new Set(text.map(pairKey));
    let kept = 0;
    for (const x of binaries) if (!readAsText.has(pairKey(x))) binaries[kept++] = x;
    binaries.length = kept;
    for (const merge of [false, true]) {
      const extra = ["--text", ...merge ? ["-m", "--first-parent"] : []];
      for (const group of pathGroups(text.filter((b) => b.merge === merge))) {
        const wanted = new Set(group.map(pairKey));
        const commits = [...new Set(group.map((b) => b.commit))];
        const paths = [...new Set(group.map((b) => b.file))];
        const log = run(patchLogArgs(void 0, extra, paths), commits.join("\n") + "\n");
        await readPatches(
          log,
          stats,
          seen,
          void 0,
          sink,
          void 0,
          (commit, file) => wanted.has(pairKey({ commit, file }))
        );
      }
    }
  };
  await Promise.all([walked, blobs, changes, merged]);
  binaries.sort((a, b) => (order.get(a.commit) ?? 0) - (order.get(b.commit) ?? 0) || compare(a.file, b.file));
  for (const b of binaries) stats.binaryFiles.push(`${b.file} (${b.commit.slice(0, 7)})`);
  if (!options.seenFiles) stats.files += seen.size;
}
async function readPatches(git, stats, seen, binaries, sink, gitBinaries, only) {
  const parser = new PatchParser(stats, seen, false, binaries, gitBinaries, only);
  for await (const chunk of git.child.stdout) {
    parser.write(chunk);
    await sink.push(parser.ready);
  }
  parser.end();
  await sink.push(parser.ready);
  await git.done;
}
var pairKey = ({ commit, file }) => `${commit}\0${file}`;
var PATH_GROUP_BYTES = 64 * 1024;
function pathGroups(files) {
  const groups = [];
  let group = [];
  let bytes = 0;
  for (const b of files) {
    const size = Buffer.byteLength(b.file) + 1;
    if (group.length && bytes + size > PATH_GROUP_BYTES) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(b);
    bytes += size;
  }
  if (group.length) groups.push(group);
  return groups;
}
async function blobHeads(git, blobs) {
  git.child.stdin.end(blobs.map((b) => `${b}
`).join(""));
  const heads = [];
  let headLength = 0;
  const frames = new CatFileFrames(
    (header) => {
      const h = blobHeader(header);
      const expected = blobs[heads.length];
      if (!h || h.id !== expected)
        throw new Error(`git cat-file answered ${JSON.stringify(header.slice(0, 80))} for blob ${expected}`);
      heads.push([]);
      headLength = 0;
      return h.size;
    },
    (piece) => {
      if (headLength >= SNIFF_BYTES) return;
      const part = Buffer.from(piece.subarray(0, SNIFF_BYTES - headLength));
      heads[heads.length - 1].push(part);
      headLength += part.length;
    }
  );
  for await (const chunk of git.child.stdout) frames.write(chunk);
  await git.done;
  if (heads.length !== blobs.length || !frames.between)
    throw new Error(`git cat-file ended after ${heads.length} of ${blobs.length} blobs: refusing a partial scan`);
  return heads.map((parts) => Buffer.concat(parts));
}
var compare = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
function inLogOrder(hits, order) {
  const place = (h) => h.commit === void 0 ? -1 : order.get(h.commit) ?? Number.MAX_SAFE_INTEGER;
  return hits.map((hit, i) => ({ hit, i })).sort((a, b) => place(a.hit) - place(b.hit) || compare(a.hit.file, b.hit.file) || a.i - b.i).map((x) => x.hit);
}
var FragmentQueue = class {
  items = [];
  head = 0;
  bytes = 0;
  consumer;
  producers = [];
  closed = false;
  error;
  /** Takes every fragment from `from` (emptying it); resolves when there is room for more. */
  async push(from) {
    if (from.length === 0) return;
    if (this.closed) {
      from.length = 0;
      return;
    }
    for (const f of from) {
      this.items.push(f.borrowed ? { ...f, bytes: Buffer.from(f.bytes), borrowed: void 0 } : f);
      this.bytes += f.bytes.length;
    }
    from.length = 0;
    this.wake();
    while (this.bytes > QUEUE_BYTES && !this.closed) await new Promise((r) => this.producers.push(r));
  }
  close() {
    this.closed = true;
    this.wake();
  }
  fail(err) {
    this.error ??= err;
    this.close();
  }
  wake() {
    const c = this.consumer;
    this.consumer = void 0;
    c?.();
  }
  async *[Symbol.asyncIterator]() {
    try {
      for (; ; ) {
        if (this.error !== void 0) throw this.error;
        if (this.head < this.items.length) {
          const f = this.items[this.head++];
          this.bytes -= f.bytes.length;
          if (this.bytes <= QUEUE_BYTES) for (const p of this.producers.splice(0)) p();
          yield f;
          continue;
        }
        this.items = [];
        this.head = 0;
        if (this.closed) return;
        await new Promise((r) => this.consumer = r);
      }
    } finally {
      this.closed = true;
      for (const p of this.producers.splice(0)) p();
    }
  }
};

export {
  addedFragments,
  countAdded,
  readAdded,
  inLogOrder
};
