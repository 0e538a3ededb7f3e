// What the commits of a range added, read by up to four git processes at once:
//   1. `git log --raw` walks the range: every commit (counted, in order) and the files each commit added;
//   2. `git cat-file --batch` reads those added files whole (git-blobs.ts), into a file read back as git writes it
//      (startGitToFile): no diff to compute, print or parse;
//   3. `git log -p --no-merges --diff-filter=ad` prints only changed files' patches (git-patches.ts), started when
//      1 meets the first changed file;
//   4. `git log -p --cc` over the merges that 1 saw, started at the first: a merge's own lines (a conflict's
//      resolution, a file no parent had) as combined diffs.
// A changed file that 3 or 4 calls binary ("Binary files … differ": a NUL near its start is enough) is judged again
// by its content, as in a working tree; when that says text, `git log -p --text` of that commit and path gives its
// lines (all such files at once: one `cat-file --batch` and a `log` per group of paths, however many there are).
// git runs beside this thread, and all of them read the object store, never the working tree or index (a
// `.gitattributes` in the range cannot make a file look binary; see neutralGit).
import { isAscii } from 'node:buffer';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { BlobReader, blobHeader, CatFileFrames, RawLogParser, rawLogArgs, type AddedBlob } from './git-blobs.js';
import { PatchParser, patchLogArgs, type GitBinary, type ScanStats } from './git-patches.js';
import { neutralGit, startGit, startGitToFile, type GitProcess, type NeutralGit } from './git-process.js';
import type { Fragment, SecretHit } from './scanner.js';
import { fragmentText, type ByteFragment } from './text-chunks.js';
import { fileKind, kindByName, SNIFF_BYTES } from './tree.js';

/** Which commits to read besides `revs`, and what to collect on the way. */
export interface ReadOptions {
  /** Exactly these commits, in this order (a slice of `git rev-list`), instead of walking `revs`. */
  commits?: string[];
  /** Collects the names of files with added lines; when absent, their count is added to `stats.files`. */
  seenFiles?: Set<string>;
  /** Filled with each commit's place in git's order, to put hits in that order (`inLogOrder`). */
  commitOrder?: Map<string, number>;
  /** An empty folder the caller made and removes (for git's empty work tree); else one is made and removed here. */
  emptyDir?: string;
  /** The repository's git directory, if the caller knows it (else git is asked). */
  gitDir?: string;
  /** FED_BLOBS and FILE_BYTES, lower (for tests: a new `git cat-file` every few files). */
  limits?: { fedBlobs: number; fileBytes: number };
}

/** Bytes waiting between git's readers and the scan: beyond this, the readers stop reading (git then waits). */
const QUEUE_BYTES = 4 * 1024 * 1024;
/** Added files handed to `git cat-file` and not yet read back: how far git may run ahead of the reader. */
const FED_BLOBS = 1024;
/** Bytes one `git cat-file` writes to its file before it is handed no more (another takes over). */
const FILE_BYTES = 256 * 1024 * 1024;
/** Added files the walk has found and cat-file not yet been handed: beyond this, the walk waits. */
const UNFED_BLOBS = 64 * 1024;

/**
 * Where the readers put what they read. `push` takes every fragment from `from` (emptying it) synchronously, before
 * its first `await`: their bytes may be a view of a read's buffer, which the next read fills again. The promise it
 * returns resolves when there is room for more (readers wait, and git then waits, while the scan is behind).
 */
export interface FragmentSink {
  push(from: ByteFragment[]): Promise<void>;
}

/**
 * Reading under way: `done` settles once every reader has finished (rejected if one failed); `stop` ends it early,
 * its git processes too, after which `done` says nothing about what was read.
 */
export interface Reading {
  done: Promise<void>;
  stop(): void;
}

/**
 * Yields, per commit and file, the lines that commit added, with their line numbers in the new file: added files
 * whole, changed files' added lines, and merges' own lines. Fragments come as the readers produce them, not in
 * git's order; `inLogOrder` puts the hits back in it. `standIns`: texts with characters above U+00FF come as
 * stand-ins (standInText), for a scanner that takes them.
 */
export async function* addedFragments(
  cwd: string,
  revs: string[],
  stats: ScanStats,
  options: ReadOptions & { standIns?: boolean } = {},
): AsyncGenerator<Fragment> {
  const queue = new FragmentQueue();
  const reading = readAdded(cwd, revs, stats, queue, options);
  reading.done.then(
    () => queue.close(),
    (err) => queue.fail(err),
  );
  const standIns = options.standIns ?? false;
  let turn = performance.now();
  try {
    for await (const { bytes, borrowed: _, ...rest } of queue) {
      yield { ...rest, ...fragmentText(bytes, isAscii(bytes), standIns) };
      // While this thread scans, git can only fill its pipes (64 KB each) and wait: every millisecond of scanning,
      // a turn of the event loop lets the readers empty them, so git works while the scan does.
      if (performance.now() - turn > YIELD_EVERY_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        turn = performance.now();
      }
    }
  } finally {
    reading.stop();
  }
}

const YIELD_EVERY_MS = 1;

/** Reads what the commits added for its counts in `stats` alone (the gitleaks engine reports no such counts). */
export async function countAdded(cwd: string, revs: string[], stats: ScanStats): Promise<void> {
  await readAdded(cwd, revs, stats, {
    push: async (from) => {
      from.length = 0;
    },
  }).done;
}

/** Runs the readers over `revs` (or `options.commits`), each putting what it reads into `sink`. */
export function readAdded(
  cwd: string,
  revs: string[],
  stats: ScanStats,
  sink: FragmentSink,
  options: ReadOptions = {},
): Reading {
  const processes: GitProcess[] = [];
  let stopped = false;
  let dispose: (() => void) | undefined;
  const stop = () => {
    stopped = true;
    for (const p of processes) p.stop();
    dispose?.();
    dispose = undefined;
  };
  const done = (async () => {
    const git = await neutralGit(cwd, options.emptyDir, options.gitDir);
    dispose = git.dispose;
    if (stopped) return stop();
    try {
      await read(git, revs, stats, sink, options, <P extends GitProcess>(p: P): P => {
        processes.push(p);
        if (stopped) p.stop();
        return p;
      });
    } finally {
      stop();
    }
  })();
  // Awaited by the caller; until then (or if it stops early), a failure is not an unhandled rejection.
  done.catch(() => undefined);
  return { done, stop };
}

async function read(
  git: NeutralGit,
  revs: string[],
  stats: ScanStats,
  sink: FragmentSink,
  options: ReadOptions,
  track: <P extends GitProcess>(p: P) => P,
): Promise<void> {
  const seen = options.seenFiles ?? new Set<string>();
  const order = options.commitOrder ?? new Map<string, number>();
  const binaries: { file: string; commit: string }[] = [];
  const run = (args: string[], stdin?: string) => track(startGit(git.cwd, args, { env: git.env, stdin }));
  const runToFile = (args: string[], file: string, stdin?: string) =>
    track(startGitToFile(git.cwd, args, path.join(git.cwd, file), { env: git.env, stdin }));
  const list = options.commits ? options.commits.join('\n') + '\n' : undefined;
  const raw = run(rawLogArgs(options.commits ? undefined : revs), list);
  // Its output, the added files' whole text, goes to a file read back as git writes it (see startGitToFile), in
  // git's empty work tree (where nothing is read from). git is handed at most FED_BLOBS blobs not yet read back,
  // so the file runs at most that far ahead of the scan; past FILE_BYTES, that git is handed no more and, once
  // read, its file is removed and another git takes the rest (a long history never fills the disk).
  const addedFiles = () => runToFile(['cat-file', '--batch'], 'added-files.out', 'pipe');
  let catFile = addedFiles();
  /** Bytes read back from the current cat-file; true once it is handed no more (its file is full). */
  let catFileBytes = 0;
  let catFileFull = false;
  // The changed files' pass and the merges' pass start when the walk meets the first changed file or merge: a
  // history that only adds files (or has no merge) starts no git for them. The walk runs well ahead of the scan,
  // so they still start near the beginning: git is started by forking this process, after which every page it
  // writes faults once, and a git started mid-scan costs about 0.15 s.
  let patches: GitProcess | undefined;
  let mergeLog: GitProcess | undefined;
  /** Changed files git called binary, judged again by content once their pass is over (one after another). */
  const gitBinaries: GitBinary[] = [];
  let changed: Promise<void> | undefined;
  const changedFile = () => {
    if (patches) return;
    patches = run(patchLogArgs(options.commits ? undefined : revs, ['--no-merges', '--diff-filter=ad']), list);
    changed = readPatches(patches, stats, seen, binaries, sink, gitBinaries).then(() => reread(gitBinaries));
    // Awaited once the walk is over; until then, a failure is not an unhandled rejection.
    changed.catch(() => undefined);
  };
  /** Added files the walk found, from `unfedFrom` on not yet handed to cat-file. */
  const unfed: AddedBlob[] = [];
  let unfedFrom = 0;
  let walkDone = false;
  /** Handed to cat-file and not yet read back, oldest first (the BlobReader takes them as it reads). */
  const pending: AddedBlob[] = [];
  const feed = () => {
    const blobsIn = catFile.child.stdin!;
    let ids = '';
    while (!catFileFull && pending.length < (options.limits?.fedBlobs ?? FED_BLOBS) && unfedFrom < unfed.length) {
      const b = unfed[unfedFrom++];
      pending.push(b);
      ids += `${b.blob}\n`;
    }
    if (unfedFrom > 4096 && unfedFrom * 2 > unfed.length) {
      unfed.splice(0, unfedFrom);
      unfedFrom = 0;
    }
    if (unfed.length - unfedFrom < UNFED_BLOBS / 2) roomToWalk?.();
    if (blobsIn.writableEnded) return;
    if (ids) blobsIn.write(ids);
    if ((walkDone && unfedFrom === unfed.length) || catFileFull) blobsIn.end();
  };
  /** Wakes the walk, paused while UNFED_BLOBS wait for cat-file. */
  let roomToWalk: (() => void) | undefined;

  const walked = (async () => {
    const parser = new RawLogParser(
      (c) => {
        order.set(c.commit, order.size);
        stats.commits++;
        if (c.merge) {
          mergeLog ??= run(patchLogArgs(undefined, ['--cc', '--merges']), 'pipe');
          mergeLog.child.stdin!.write(`${c.commit}\n`);
        }
      },
      (b) => unfed.push(b),
      changedFile,
    );
    for await (const chunk of raw.child.stdout! as AsyncIterable<Buffer>) {
      parser.write(chunk);
      feed();
      while (unfed.length - unfedFrom >= UNFED_BLOBS) await new Promise<void>((r) => (roomToWalk = r));
      roomToWalk = undefined;
    }
    parser.end();
    await raw.done;
    walkDone = true;
    feed();
    mergeLog?.child.stdin!.end();
  })();
  const blobs = (async () => {
    const reader = new BlobReader(pending, stats, seen, binaries);
    for (;;) {
      for await (const chunk of catFile.output()) {
        reader.write(chunk);
        catFileBytes += chunk.length;
        catFileFull ||= catFileBytes > (options.limits?.fileBytes ?? FILE_BYTES);
        feed();
        await sink.push(reader.ready);
      }
      await catFile.done;
      // Its file is read: removed now (freeing its pages takes a while; this thread has the time, the scan not).
      rmSync(catFile.file, { force: true });
      if (!catFileFull || (walkDone && unfedFrom === unfed.length)) break;
      // Another git takes the files not yet handed to one.
      catFile = addedFiles();
      catFileBytes = 0;
      catFileFull = false;
      feed();
    }
    await walked;
    if (!reader.idle) throw new Error('git cat-file ended before every added file was read: refusing a partial scan');
  })();
  // Over once the walk is, if it met no changed file; else once their pass is.
  const changes = walked.then(() => changed);
  const mergeBinaries: GitBinary[] = [];
  const merged = walked.then(async () => {
    if (!mergeLog) return;
    await readPatches(mergeLog, stats, seen, binaries, sink, mergeBinaries);
    await reread(mergeBinaries);
  });
  /**
   * Files git called binary whose content says text (a NUL near the start is enough for git): their added lines
   * from `git log -p --text`, in the sink. However many there are, a few git processes read them: one
   * `cat-file --batch` gives every blob's first bytes to judge, and one `log` per group of paths (merges apart,
   * against their first parent) gives their lines; git then prints those paths in all those commits, and the
   * parser keeps only the pairs asked for. (A process per file took about 30 ms each, so a range of thousands of
   * such files took minutes.)
   */
  const reread = async (list: GitBinary[]) => {
    const candidates = list.filter((b) => kindByName(b.file) !== 'binary');
    if (!candidates.length) return;
    const heads = await blobHeads(
      run(['cat-file', '--batch'], 'pipe'),
      candidates.map((b) => b.newBlob),
    );
    const text = candidates.filter((b, i) => fileKind(b.file, heads[i]) !== 'binary');
    // No longer listed as binary: one pass over the list, whatever the number of files read as text.
    const readAsText = new Set(text.map(pairKey));
    let kept = 0;
    for (const x of binaries) if (!readAsText.has(pairKey(x))) binaries[kept++] = x;
    binaries.length = kept;
    for (const merge of [false, true]) {
      // A combined diff ignores --text: a merge's file is read against its first parent (it may then also show
      // lines the merged branch brought, already read in that branch's commits: more findings, never fewer).
      const extra = ['--text', ...(merge ? ['-m', '--first-parent'] : [])];
      for (const group of pathGroups(text.filter((b) => b.merge === merge))) {
        const wanted = new Set(group.map(pairKey));
        const commits = [...new Set(group.map((b) => b.commit))];
        const paths = [...new Set(group.map((b) => b.file))];
        const log = run(patchLogArgs(undefined, extra, paths), commits.join('\n') + '\n');
        await readPatches(log, stats, seen, undefined, sink, undefined, (commit, file) =>
          wanted.has(pairKey({ commit, file })),
        );
      }
    }
  };
  await Promise.all([walked, blobs, changes, merged]);
  // Binary files in git's order (the readers found them in any order).
  binaries.sort((a, b) => (order.get(a.commit) ?? 0) - (order.get(b.commit) ?? 0) || compare(a.file, b.file));
  for (const b of binaries) stats.binaryFiles.push(`${b.file} (${b.commit.slice(0, 7)})`);
  if (!options.seenFiles) stats.files += seen.size;
}

async function readPatches(
  git: GitProcess,
  stats: ScanStats,
  seen: Set<string>,
  binaries: { file: string; commit: string }[] | undefined,
  sink: FragmentSink,
  gitBinaries?: GitBinary[],
  only?: (commit: string, file: string) => boolean,
): Promise<void> {
  const parser = new PatchParser(stats, seen, false, binaries, gitBinaries, only);
  for await (const chunk of git.child.stdout! as AsyncIterable<Buffer>) {
    parser.write(chunk);
    await sink.push(parser.ready);
  }
  parser.end();
  await sink.push(parser.ready);
  await git.done;
}

/** A file in a commit, as one key. */
const pairKey = ({ commit, file }: { commit: string; file: string }) => `${commit}\0${file}`;

/** Path bytes given to one `git log` on its command line, well under any system's limit on arguments. */
const PATH_GROUP_BYTES = 64 * 1024;

/** Files in groups whose paths fit one command line. */
function pathGroups(files: GitBinary[]): GitBinary[][] {
  const groups: GitBinary[][] = [];
  let group: GitBinary[] = [];
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

/** The first bytes of each blob (as many as decide text or binary), in order, from one `git cat-file --batch`. */
async function blobHeads(git: GitProcess, blobs: string[]): Promise<Buffer[]> {
  git.child.stdin!.end(blobs.map((b) => `${b}\n`).join(''));
  const heads: Buffer[][] = [];
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
      const part = Buffer.from(piece.subarray(0, SNIFF_BYTES - headLength)); // the read's buffer is not kept
      heads[heads.length - 1].push(part);
      headLength += part.length;
    },
  );
  for await (const chunk of git.child.stdout! as AsyncIterable<Buffer>) frames.write(chunk);
  await git.done;
  if (heads.length !== blobs.length || !frames.between)
    throw new Error(`git cat-file ended after ${heads.length} of ${blobs.length} blobs: refusing a partial scan`);
  return heads.map((parts) => Buffer.concat(parts));
}

/** Paths as git orders them: by their UTF-8 bytes (not by UTF-16 code units: `😀` comes after `Ａ`). */
const compare = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Hits in git's order: by commit as git walked them, then by file; a file's own hits keep the scanner's order. */
export function inLogOrder(hits: SecretHit[], order: Map<string, number>): SecretHit[] {
  const place = (h: SecretHit) => (h.commit === undefined ? -1 : (order.get(h.commit) ?? Number.MAX_SAFE_INTEGER));
  return hits
    .map((hit, i) => ({ hit, i }))
    .sort((a, b) => place(a.hit) - place(b.hit) || compare(a.hit.file, b.hit.file) || a.i - b.i)
    .map((x) => x.hit);
}

/**
 * Fragments between the readers and the scan. Readers wait while it holds more than QUEUE_BYTES, so a
 * slow scan makes git wait instead of filling memory.
 */
class FragmentQueue implements AsyncIterable<ByteFragment>, FragmentSink {
  private items: ByteFragment[] = [];
  private head = 0;
  private bytes = 0;
  private consumer: (() => void) | undefined;
  private producers: (() => void)[] = [];
  private closed = false;
  private error: unknown;

  /** Takes every fragment from `from` (emptying it); resolves when there is room for more. */
  async push(from: ByteFragment[]): Promise<void> {
    if (from.length === 0) return;
    if (this.closed) {
      // Nobody reads any more (the consumer left, or the readers failed): nothing is kept.
      from.length = 0;
      return;
    }
    for (const f of from) {
      // A view of a read's buffer is copied: it waits here while the next reads fill that buffer again.
      this.items.push(f.borrowed ? { ...f, bytes: Buffer.from(f.bytes), borrowed: undefined } : f);
      this.bytes += f.bytes.length;
    }
    from.length = 0;
    this.wake();
    while (this.bytes > QUEUE_BYTES && !this.closed) await new Promise<void>((r) => this.producers.push(r));
  }

  close(): void {
    this.closed = true;
    this.wake();
  }

  fail(err: unknown): void {
    this.error ??= err;
    this.close();
  }

  private wake(): void {
    const c = this.consumer;
    this.consumer = undefined;
    c?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<ByteFragment> {
    try {
      for (;;) {
        if (this.error !== undefined) throw this.error;
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
        await new Promise<void>((r) => (this.consumer = r));
      }
    } finally {
      // A consumer that stops early frees the readers (their git processes are stopped by the caller).
      this.closed = true;
      for (const p of this.producers.splice(0)) p();
    }
  }
}
