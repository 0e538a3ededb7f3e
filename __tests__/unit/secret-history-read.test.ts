// Issue 15.5: added files are read whole from `git cat-file --batch`, driven by `git log --raw`. The readers must
// give the same fragments however git's output is cut into reads, chunk a file larger than a chunk with the right
// line numbers, and refuse an answer that is not the blob asked for.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  BlobReader,
  RawLogParser,
  rawLogArgs,
  type AddedBlob,
  type WalkedCommit,
} from '../../src/checks/secret-scan/git-blobs.js';
import { emptyStats } from '../../src/checks/secret-scan/git-patches.js';
import { addedFragments, countAdded, readAdded } from '../../src/checks/secret-scan/history-read.js';
import { defaultRuleSet } from '../../src/checks/secret-scan/rules.js';
import { Scanner } from '../../src/checks/secret-scan/scanner.js';
import { BatchSink } from '../../src/checks/secret-scan/history-reader.js';
import {
  BATCH_BYTES,
  batchCost,
  FRAGMENT_COST,
  IN_FLIGHT_BYTES,
  type ReaderBatch,
  type ReaderMessage,
} from '../../src/checks/secret-scan/reader-thread.js';
import type { Fragment } from '../../src/checks/secret-scan/scanner.js';
import {
  CHUNK_BYTES,
  CHUNK_OVERLAP_BYTES,
  TextChunker,
  decodeFragment,
  decodeText,
  type ByteFragment,
} from '../../src/checks/secret-scan/text-chunks.js';
import { TempRepo } from '../helpers/git-repo.js';
import { HISTORY_SECRETS, buildHistoryRepo, type HistoryRepo } from '../helpers/secret-history-repo.js';

let history: HistoryRepo;
beforeAll(() => {
  history = buildHistoryRepo({ bigBytes: CHUNK_BYTES + 300 * 1024, fillers: 2 });
});
afterAll(() => rmSync(history.repo.dir, { recursive: true, force: true }));

const git = (args: string[], input?: string) =>
  execFileSync('git', args, { cwd: history.repo.dir, input, maxBuffer: 1 << 28 });

/** The commits and added files of `git log --raw`, its output cut into reads of `size` bytes. */
function walk(output: Buffer, size: number) {
  const commits: WalkedCommit[] = [];
  const added: AddedBlob[] = [];
  const parser = new RawLogParser(
    (c) => commits.push(c),
    (b) => added.push(b),
  );
  for (let i = 0; i < output.length; i += size) parser.write(output.subarray(i, i + size));
  parser.end();
  return { commits, added };
}

/** The fragments of `git cat-file --batch` output for `blobs`, cut into reads of `size` bytes. */
function read(output: Buffer, blobs: AddedBlob[], size: number) {
  const stats = emptyStats();
  const binaries: { file: string; commit: string }[] = [];
  const reader = new BlobReader([...blobs], stats, new Set(), binaries);
  const fragments: Fragment[] = [];
  for (let i = 0; i < output.length; i += size) {
    reader.write(output.subarray(i, i + size));
    fragments.push(...reader.ready.splice(0).map(decodeFragment));
  }
  return { fragments, stats, binaries, idle: reader.idle };
}

describe('added files from the object store', () => {
  test('the walk: every commit in order, merges marked, the files each non-merge commit added', () => {
    const out = git(rawLogArgs(['HEAD']));
    const whole = walk(out, out.length);
    expect(walk(out, 1)).toEqual(whole);
    expect(walk(out, 7)).toEqual(whole);
    expect(whole.commits.map((c) => c.commit)).toEqual(git(['rev-list', 'HEAD']).toString().trim().split('\n'));
    expect(whole.commits.find((c) => c.commit === history.merge)?.merge).toBe(true);
    expect(whole.commits.filter((c) => c.merge)).toHaveLength(1);
    const files = whole.added.map((b) => b.file);
    expect(files).toEqual(expect.arrayContaining(['feature.env', 'docs/notes.md', 'dist/huge.js', 'certs/client.p12']));
    // A file changed, not added, is not in the list (its patch is read instead).
    expect(whole.added.filter((b) => b.file === 'app.env').map((b) => b.commit)).toHaveLength(1);
  });

  test('the same fragments whatever the reads; binaries by content; a big file in overlapping chunks', () => {
    const out = git(rawLogArgs(['HEAD']));
    const { added } = walk(out, out.length);
    const small = added.filter((b) => b.file !== 'dist/huge.js');
    const smallOut = git(['cat-file', '--batch'], small.map((b) => b.blob).join('\n') + '\n');
    const whole = read(smallOut, small, smallOut.length);
    expect(whole.idle).toBe(true);
    expect(read(smallOut, small, 1)).toEqual(whole);
    expect(read(smallOut, small, 3)).toEqual(whole);
    const notes = whole.fragments.find((f) => f.file === 'docs/notes.md')!;
    // The file's last newline is dropped, as a patch's text has none after its last line.
    expect(notes.text).toBe(`Größe: ✓ — 日本語 stripe=${HISTORY_SECRETS.unicode}`);
    expect(whole.binaries.map((b) => b.file).sort()).toEqual(['certs/client.p12', 'logo.bin']);
    expect(whole.fragments.filter((f) => f.binary).map((f) => f.text)).toEqual(['', '']);

    const all = git(['cat-file', '--batch'], added.map((b) => b.blob).join('\n') + '\n');
    const reference = read(all, added, all.length);
    for (const size of [4093, 65536]) expect(read(all, added, size)).toEqual(reference);
    const huge = reference.fragments.filter((f) => f.file === 'dist/huge.js');
    expect(huge).toHaveLength(2);
    expect(reference.stats.chunked).toBe(1);
    expect(huge.every((f) => f.text.length <= CHUNK_BYTES)).toBe(true);
    expect(huge[1].text.endsWith(`const token = "${HISTORY_SECRETS.bigEnd}";`)).toBe(true);
    // The second chunk starts on a line, within the overlap, at the line the file has there.
    const text = readFileSync(path.join(history.repo.dir, 'dist/huge.js'), 'utf8');
    const startsAt = text.length - huge[1].text.length - 1;
    expect(text[startsAt - 1]).toBe('\n');
    expect(huge[0].text.length - startsAt).toBeLessThanOrEqual(CHUNK_OVERLAP_BYTES);
    expect(huge[1].firstLine).toBe(text.slice(0, startsAt).split('\n').length);
    expect(huge[1].firstColumn).toBe(1);
  });

  test('a read buffer filled again after each write: a file whole in one read is lent, others are copies', () => {
    const out = git(rawLogArgs(['HEAD']));
    const { added } = walk(out, out.length);
    const all = git(['cat-file', '--batch'], added.map((b) => b.blob).join('\n') + '\n');
    const reference = read(all, added, all.length);
    // As startGitToFile reads: one buffer, overwritten by the next read once the reader has had it. A sink copies
    // what is lent (`borrowed`) before the next read, as FragmentQueue and BatchSink do; the fragments are decoded
    // only at the end, after every byte of the buffer was overwritten many times over.
    const reader = new BlobReader([...added], emptyStats(), new Set(), []);
    const buffer = Buffer.alloc(4096);
    const kept: ByteFragment[] = [];
    let lent = 0;
    for (let i = 0; i < all.length; i += buffer.length) {
      const n = all.copy(buffer, 0, i, i + buffer.length);
      reader.write(buffer.subarray(0, n));
      for (const f of reader.ready.splice(0)) {
        // Lent: a view of this read's buffer; anything else owns its bytes.
        expect(f.bytes.buffer === buffer.buffer).toBe(f.borrowed === true);
        if (f.borrowed) lent++;
        kept.push(f.borrowed ? { ...f, bytes: Buffer.from(f.bytes), borrowed: undefined } : f);
      }
      buffer.fill(0x21);
    }
    expect(lent).toBeGreaterThan(0);
    expect(lent).toBeLessThan(kept.length);
    expect(kept.map(decodeFragment)).toEqual(reference.fragments);
  });

  test('the whole history read through files, one git cat-file or many, gives the same fragments', async () => {
    const collect = async (options: { limits?: { fedBlobs: number; fileBytes: number } }) => {
      const stats = emptyStats();
      const out: Fragment[] = [];
      for await (const f of addedFragments(history.repo.dir, ['HEAD'], stats, options)) out.push(f);
      const key = (f: Fragment) => `${f.commit}\0${f.file}\0${f.firstLine ?? 1}`;
      return { fragments: out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)), stats };
    };
    const one = await collect({});
    // Two files at a time, and a new git (and file) after every read: the files are handed on from one git to
    // the next, none lost or doubled.
    const many = await collect({ limits: { fedBlobs: 2, fileBytes: 1 } });
    expect(many.fragments).toEqual(one.fragments);
    expect(many.stats).toEqual(one.stats);
    expect(one.fragments.map((f) => f.file)).toEqual(expect.arrayContaining(['feature.env', 'dist/huge.js']));
  });

  test('an answer that is not the blob asked for is an error, never a partial scan', () => {
    const blob: AddedBlob = { blob: 'a'.repeat(40), file: 'x.env', commit: 'c', author: 'a', date: 'd' };
    const reader = () => new BlobReader([blob], emptyStats(), new Set(), []);
    expect(() => reader().write(Buffer.from(`${'a'.repeat(40)} missing\n`))).toThrow(/cat-file answered .*\(x\.env\)/);
    expect(() => reader().write(Buffer.from(`${'b'.repeat(40)} blob 3\nabc\n`))).toThrow(/cat-file answered/);
    expect(() => new BlobReader([], emptyStats(), new Set(), []).write(Buffer.from('x blob 1\na\n'))).toThrow(
      /not asked for/,
    );
    const half = reader();
    half.write(Buffer.from(`${'a'.repeat(40)} blob 10\nabc`));
    expect(half.idle).toBe(false);
  });
});

describe('reading, slowed, stopped or failed', () => {
  const sortedFragments = (fragments: Fragment[]) => {
    const key = (f: Fragment) => `${f.commit}\0${f.file}\0${f.firstLine ?? 1}`;
    return [...fragments].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  };
  const readAll = async (options: Parameters<typeof addedFragments>[3] = {}, lag = false) => {
    const stats = emptyStats();
    const out: Fragment[] = [];
    for await (const f of addedFragments(history.repo.dir, ['HEAD'], stats, options)) {
      out.push(f);
      // A scan slower than git: the readers read on (into the same read buffer) while fragments wait in the queue.
      if (lag) await new Promise((r) => setTimeout(r, 2));
    }
    return { fragments: sortedFragments(out), stats };
  };

  test('a scan slower than the readers gets the same fragments: what was lent is copied while it waits', async () => {
    const quick = await readAll();
    const slow = await readAll({ limits: { fedBlobs: 1, fileBytes: 1 << 20 } }, true);
    expect(slow.fragments).toEqual(quick.fragments);
    expect(slow.stats).toEqual(quick.stats);
  });

  test('countAdded counts what addedFragments reads, keeping nothing', async () => {
    const { stats } = await readAll();
    const counted = emptyStats();
    await countAdded(history.repo.dir, ['HEAD'], counted);
    expect(counted).toEqual(stats);
    expect(counted.bytes).toBeGreaterThan(CHUNK_BYTES);
  });

  test('stand-in texts through the reader find exactly what the real texts find', async () => {
    const real = await readAll();
    const standIns = await readAll({ standIns: true });
    // The history holds non-ASCII text: some of it came as a stand-in, with its real text beside it.
    expect(standIns.fragments.some((f) => f.realText !== undefined)).toBe(true);
    const scanner = new Scanner(defaultRuleSet());
    const hits = (fragments: Fragment[]) =>
      fragments.flatMap((f) => scanner.scan(f)).map((h) => `${h.ruleId} ${h.file}:${h.line}:${h.column} ${h.secret}`);
    expect(hits(standIns.fragments).sort()).toEqual(hits(real.fragments).sort());
    expect(hits(real.fragments).join('\n')).toContain(HISTORY_SECRETS.bigEnd);
  });

  test('stopped early, the reading ends: the readers push no more, and done settles', async () => {
    // One file handed to git at a time: the added files come over many pushes, whatever the timing.
    const limits = { fedBlobs: 1, fileBytes: 1 << 20 };
    const counting = (onPush: (fragments: number) => void) => ({
      push: async (from: ByteFragment[]) => {
        const n = from.length;
        from.length = 0;
        onPush(n);
      },
    });
    const read = (onPush: (fragments: number) => void) =>
      readAdded(history.repo.dir, ['HEAD'], emptyStats(), counting(onPush), { limits });
    let all = 0;
    await read((n) => (all += n)).done;
    let taken = 0;
    let stop = () => undefined as void;
    const reading = read((n) => {
      taken += n;
      stop();
    });
    stop = reading.stop;
    await reading.done.catch(() => undefined);
    expect(taken).toBeGreaterThan(0);
    expect(taken).toBeLessThan(all);
    // A consumer that leaves the generator early: the generator returns, and a new read gets everything again.
    for await (const f of addedFragments(history.repo.dir, ['HEAD'], emptyStats())) {
      expect(f.file).toBeTruthy();
      break;
    }
    let again = 0;
    await read((n) => (again += n)).done;
    expect(again).toBe(all);
  });

  test('an added file missing from the object store fails the read, through any sink: never a partial scan', async () => {
    const repo = new TempRepo();
    try {
      repo.commit('one', { 'a.txt': 'first file\n', 'b.env': 'TOKEN=x\n' });
      const blob = repo.git('rev-parse', 'HEAD:b.env');
      // Loose objects, as `git commit` leaves them: remove one.
      rmSync(path.join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
      await expect(countAdded(repo.dir, ['HEAD'], emptyStats())).rejects.toThrow(/b\.env/);
      await expect(
        (async () => {
          for await (const _ of addedFragments(repo.dir, ['HEAD'], emptyStats())) void _;
        })(),
      ).rejects.toThrow(/cannot be read whole/);
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });
});

describe('chunks', () => {
  test('a text fed in any pieces gives the same chunks, never longer than a chunk, none cutting a character', () => {
    const line = 'const größe = "✓✓✓";\n';
    const text = line.repeat(Math.ceil((CHUNK_BYTES * 2.5) / Buffer.byteLength(line)));
    const bytes = Buffer.from(text);
    const chunks = (size: number) => {
      const out: ByteFragment[] = [];
      const chunker = new TextChunker({ file: 'f.js' });
      for (let i = 0; i < bytes.length; i += size) chunker.write(bytes.subarray(i, i + size), out);
      chunker.end(out);
      return out.map(decodeFragment);
    };
    const whole = chunks(bytes.length);
    expect(whole).toHaveLength(3);
    expect(chunks(1_000_003)).toEqual(whole);
    for (const c of whole) {
      expect(Buffer.byteLength(c.text)).toBeLessThanOrEqual(CHUNK_BYTES);
      expect(text.split('\n')[c.firstLine! - 1].startsWith(c.text.split('\n')[0])).toBe(true);
    }
    expect(whole.at(-1)!.text.endsWith(line)).toBe(true);
  });
});

describe('batches posted by the reader thread', () => {
  const fragment = (file: string, text: string): ByteFragment => ({ file, bytes: Buffer.from(text, 'utf8') });
  /** A sink whose posts are kept, with the texts each batch held when it was posted. */
  const recording = () => {
    const posted: { batch: ReaderBatch; texts: string[] }[] = [];
    const sink = new BatchSink((m: ReaderMessage) => {
      const batch = m as ReaderBatch;
      const bytes = new Uint8Array(batch.buffer);
      posted.push({ batch, texts: batch.fragments.map((f) => decodeText(bytes, f.start, f.end, f.ascii)) });
    });
    return { sink, posted };
  };
  const credit = (sink: BatchSink, { batch }: { batch: ReaderBatch }) =>
    sink.credit({ scanned: batchCost(batch), buffer: batch.buffer });

  test('the first fragments go at once (the scan waits); the next gather until the scan has nothing left', async () => {
    const { sink, posted } = recording();
    await sink.push([fragment('a.txt', 'plain ascii\n'), fragment('b.txt', 'café ☕\n')]);
    expect(posted).toHaveLength(1);
    expect(posted[0].texts).toEqual(['plain ascii\n', 'café ☕\n']);
    expect(posted[0].batch.fragments.map((f) => [f.file, f.ascii])).toEqual([
      ['a.txt', true],
      ['b.txt', false],
    ]);
    expect(posted[0].batch.used).toBe(Buffer.byteLength('plain ascii\ncafé ☕\n'));
    // Posted and not scanned yet: the next fragments wait in the next batch…
    await sink.push([fragment('c.txt', 'key = value\n')]);
    await sink.push([fragment('d.txt', 'more\n')]);
    expect(posted).toHaveLength(1);
    // … posted once the scan has scanned all it had, in the buffer it gave back when that is large enough.
    const spare = posted[0].batch.buffer;
    credit(sink, posted[0]);
    expect(posted).toHaveLength(2);
    expect(posted[1].texts).toEqual(['key = value\n', 'more\n']);
    expect(posted[1].batch.fragments[0].start).toBe(0);
    credit(sink, posted[1]);
    await sink.push([fragment('e.txt', 'again\n')]);
    expect(posted[2].batch.buffer).toBe(spare);
    expect(posted[2].texts).toEqual(['again\n']);
  });

  test('lent bytes are copied when pushed: the read buffer filled again after that changes no batch', async () => {
    const { sink, posted } = recording();
    const read = Buffer.from('token = "first"\nsecond file\n');
    await sink.push([
      { file: 'a', bytes: read.subarray(0, 16), borrowed: true },
      { file: 'b', bytes: read.subarray(16), borrowed: true },
    ]);
    read.fill(0x21);
    expect(posted[0].texts).toEqual(['token = "first"\n', 'second file\n']);
    expect(new Uint8Array(posted[0].batch.buffer).subarray(0, 5).every((b) => b !== 0x21)).toBe(true);
  });

  test('a full batch is posted; past IN_FLIGHT_BYTES posted and not scanned, the readers wait for a credit', async () => {
    const { sink, posted } = recording();
    // Each weighs a batch exactly: its bytes and what a fragment costs beyond them.
    const big = (file: string) => ({ file, bytes: Buffer.alloc(BATCH_BYTES - FRAGMENT_COST, 0x61) });
    await sink.push([big('0')]); // posted at once: the scan had nothing
    const batches = IN_FLIGHT_BYTES / BATCH_BYTES;
    for (let i = 1; i < batches; i++) await sink.push([big(String(i))]);
    expect(posted).toHaveLength(batches);
    let resumed = false;
    const pushing = sink.push([big('over')]).then(() => (resumed = true));
    await new Promise((r) => setImmediate(r));
    expect(posted).toHaveLength(batches + 1);
    expect(resumed).toBe(false);
    credit(sink, posted[0]);
    await pushing;
    expect(resumed).toBe(true);
    // A fragment larger than a batch buffer gets a buffer of its own size.
    const huge = { file: 'huge', bytes: Buffer.alloc(3 * BATCH_BYTES, 0x62) };
    for (const p of posted.slice(1)) credit(sink, p);
    await sink.push([huge]);
    expect(posted.at(-1)!.batch.buffer.byteLength).toBeGreaterThanOrEqual(3 * BATCH_BYTES);
    expect(posted.at(-1)!.batch.fragments.map((f) => f.end - f.start)).toEqual([3 * BATCH_BYTES]);
  });

  test('binary files alone weigh too: no buffer taken for them, and a long run of them waits for the scan', async () => {
    const { sink, posted } = recording();
    const binary = (i: number): ByteFragment => ({ file: `img${i}.png`, bytes: new Uint8Array(0), binary: true });
    let pushed = 0;
    let waiting = false;
    // Far more than IN_FLIGHT_BYTES / FRAGMENT_COST of them: the pushes must start to wait before the end.
    while (pushed < (4 * IN_FLIGHT_BYTES) / FRAGMENT_COST && !waiting) {
      let resolved = false;
      const pushing = sink.push([binary(pushed++)]).then(() => (resolved = true));
      await Promise.resolve();
      await Promise.resolve();
      if (!resolved) {
        waiting = true;
        for (const p of posted) credit(sink, p);
        await pushing;
      }
    }
    expect(waiting).toBe(true);
    expect(pushed).toBeLessThan((2 * IN_FLIGHT_BYTES) / FRAGMENT_COST);
    expect(posted.every((p) => p.batch.buffer.byteLength === 0 && p.batch.used === 0)).toBe(true);
    expect(posted.reduce((n, p) => n + p.batch.fragments.length, 0)).toBeLessThanOrEqual(pushed);
  });
});
