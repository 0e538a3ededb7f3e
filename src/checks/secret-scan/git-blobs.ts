// Files a commit added, read whole from git's object store (`git cat-file --batch`) rather than as `git log -p`
// patches: every line of an added file is an added line, so there is no diff to compute, print or parse, and
// whether a file is binary is judged by its content, as in a working tree, never by a `.gitattributes`.
import type { ScanStats } from './git-patches.js';
import { COMMIT_FORMAT, COMMIT_MARK, GIT_LOG_CONFIG, unquoteGitPath } from './git-patches.js';
import { CHUNK_BYTES, TextChunker, type ByteFragment } from './text-chunks.js';
import { fileKind, SNIFF_BYTES } from './tree.js';

/** A file a commit added, to read from the object store. */
export interface AddedBlob {
  blob: string;
  file: string;
  commit: string;
  author: string;
  date: string;
}

/** A commit of the walk, in git's order. */
export interface WalkedCommit {
  commit: string;
  merge: boolean;
}

const NEWLINE = 0x0a;
const COLON = 0x3a;
const TAB = 0x09;
/** Gitlinks (submodules) name a commit of another repository, not a blob of this one. */
const GITLINK_MODE = '160000';

/** `git log --raw` as the history scan runs it: every commit of `revs` (none: of stdin), with its changed files. */
export function rawLogArgs(revs: string[] | undefined): string[] {
  return [
    ...GIT_LOG_CONFIG,
    'log',
    '--raw',
    '--no-abbrev',
    '--no-renames',
    '--full-history',
    COMMIT_FORMAT,
    ...(revs ?? ['--no-walk=unsorted', '--stdin']),
    '--',
  ];
}

/**
 * Reads `git log --raw --no-abbrev` output (COMMIT_FORMAT headers) line by line: every commit, and the files each
 * non-merge commit added. A merge's own lines are read as a combined diff elsewhere (history-read.ts).
 */
export class RawLogParser {
  private commit = '';
  private author = '';
  private date = '';
  private merge = false;
  private carry: Buffer | undefined;

  constructor(
    private readonly onCommit: (c: WalkedCommit) => void,
    private readonly onAdded: (b: AddedBlob) => void,
    /** A non-merge commit changed a file other than by adding or deleting it (its patch is read elsewhere). */
    private readonly onChanged: () => void = () => undefined,
  ) {}

  write(input: Buffer): void {
    const chunk = this.carry ? Buffer.concat([this.carry, input]) : input;
    this.carry = undefined;
    let pos = 0;
    for (let nl = chunk.indexOf(NEWLINE, pos); nl >= 0; nl = chunk.indexOf(NEWLINE, pos)) {
      this.line(chunk, pos, nl);
      pos = nl + 1;
    }
    if (pos < chunk.length) this.carry = Buffer.from(chunk.subarray(pos));
  }

  end(): void {
    if (this.carry) this.line(this.carry, 0, this.carry.length);
    this.carry = undefined;
  }

  private line(chunk: Buffer, start: number, end: number): void {
    if (chunk[start] === COLON) {
      // ":100644 100644 <old> <new> A\t<path>"; a merge prints none by default.
      const tab = chunk.indexOf(TAB, start);
      if (tab < 0 || tab >= end || this.merge) return;
      if (chunk[tab - 1] !== 0x41 /* A */) {
        if (chunk[tab - 1] !== 0x44 /* D */) this.onChanged();
        return;
      }
      const fields = chunk.toString('latin1', start + 1, tab).split(' ');
      if (fields.length !== 5 || fields[1] === GITLINK_MODE) return;
      this.onAdded({
        blob: fields[3],
        file: unquoteGitPath(chunk.toString('utf8', tab + 1, end)),
        commit: this.commit,
        author: this.author,
        date: this.date,
      });
      return;
    }
    const line = chunk.toString('utf8', start, end);
    if (!line.startsWith(COMMIT_MARK)) return;
    const [commit, parents, author, date] = line.slice(COMMIT_MARK.length).split('\0');
    this.commit = commit;
    this.author = author;
    this.date = date;
    this.merge = parents.includes(' ');
    this.onCommit({ commit, merge: this.merge });
  }
}

/**
 * `git cat-file --batch` output cut into its objects, however it is cut into reads: each is a header line
 * (`<id> blob <size>`), the object's bytes and a newline. `start` gets each header and returns the object's size;
 * `content` gets its bytes in pieces as they arrive (the newline after them left out), `last` on the piece that
 * ends it (an empty object has none).
 */
export class CatFileFrames {
  private header: Buffer[] = [];
  /** Bytes of the current object still due, then its newline; -1 when a header is due. */
  private left = -1;

  constructor(
    private readonly start: (header: string) => number,
    private readonly content: (piece: Buffer, last: boolean) => void,
  ) {}

  write(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length) {
      if (this.left < 0) {
        const nl = chunk.indexOf(NEWLINE, pos);
        this.header.push(chunk.subarray(pos, nl < 0 ? chunk.length : nl));
        if (nl < 0) {
          this.header = [Buffer.concat(this.header)]; // the read's buffer is not kept
          return;
        }
        pos = nl + 1;
        const size = this.start(Buffer.concat(this.header).toString('latin1'));
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
  get between(): boolean {
    return this.left < 0 && this.header.length === 0;
  }
}

/** A `git cat-file --batch` header of a blob: its id and size; undefined for anything else (`<id> missing`). */
export function blobHeader(header: string): { id: string; size: number } | undefined {
  const m = /^([0-9a-f]{40,64}) blob (\d+)$/.exec(header);
  return m ? { id: m[1], size: Number(m[2]) } : undefined;
}

/** The blob being read: its bytes so far (a small one), or its chunker (one larger than a chunk). */
interface BlobInRead {
  blob: AddedBlob;
  size: number;
  /** A small blob that comes in several reads: its bytes, in a buffer of its size, and how many have come. */
  filling?: Buffer;
  filled: number;
  head: Buffer[];
  chunker?: TextChunker;
  binary?: boolean;
}

/**
 * Reads `git cat-file --batch` output for the blobs asked for, in the order asked: each becomes the fragments of
 * an added file (its text, one trailing newline dropped as in a patch), or a binary fragment for path rules.
 * A blob larger than a chunk is handed out in chunks as it arrives, never held whole.
 */
export class BlobReader {
  private current: BlobInRead | undefined;
  private readonly frames = new CatFileFrames(
    (header) => this.start(header),
    (piece, last) => this.content(this.current!, piece, last),
  );
  readonly ready: ByteFragment[] = [];

  constructor(
    /** Blobs asked for and not read yet, oldest first. */
    private readonly pending: AddedBlob[],
    private readonly stats: ScanStats,
    private readonly seenFiles: Set<string>,
    /** Binary files found, with their commit (the caller orders and lists them). */
    private readonly binaries: { file: string; commit: string }[],
  ) {}

  write(chunk: Buffer): void {
    this.frames.write(chunk);
  }

  /** Whether every blob asked for has been read whole. */
  get idle(): boolean {
    return this.frames.between && this.pending.length === 0;
  }

  private start(header: string): number {
    const blob = this.pending.shift();
    const h = blobHeader(header);
    if (!blob || !h || h.id !== blob.blob)
      throw new Error(
        `git cat-file answered "${header.slice(0, 120)}" for ${blob ? `${blob.blob} (${blob.file})` : 'a blob not asked for'}: the history cannot be read whole`,
      );
    this.current = { blob, size: h.size, filled: 0, head: [] };
    return h.size;
  }

  /** Bytes of the current blob; `last` when they end it. */
  private content(cur: BlobInRead, piece: Buffer, last: boolean): void {
    if (cur.binary) return;
    // Drop the file's last newline (a patch's text has none after its last line).
    const bytes = last && piece[piece.length - 1] === NEWLINE ? piece.subarray(0, -1) : piece;
    if (cur.size <= CHUNK_BYTES) {
      // Whole in this piece: handed out as it is, a view of the read's buffer that the sink takes before the next.
      if (last && cur.filled === 0) return this.whole(cur, bytes, piece, true);
      // Copied once, into a buffer of the blob's size (the read's buffer is not kept: it may be read into again),
      // however many reads the blob came in.
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
      if (kindOf(cur.blob.file, head) === 'binary') return this.binary(cur);
      // Counted as text once it is known to be: a binary's bytes are not scanned.
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
  private whole(cur: BlobInRead, bytes: Buffer, raw: Buffer, borrowed = false): void {
    if (kindOf(cur.blob.file, raw) === 'binary') return this.binary(cur);
    this.stats.bytes += cur.size;
    if (bytes.length === 0) return;
    this.ready.push(borrowed ? { ...base(cur.blob), bytes, borrowed: true } : { ...base(cur.blob), bytes });
    this.seenFiles.add(cur.blob.file);
  }

  private binary(cur: BlobInRead): void {
    cur.binary = true;
    this.binaries.push({ file: cur.blob.file, commit: cur.blob.commit });
    this.ready.push({ ...base(cur.blob), bytes: new Uint8Array(0), binary: true });
  }
}

/**
 * Binary or text by content, as git itself judges an added file; a name may say text (`.env` with a stray NUL),
 * never binary: a plain-text `creds.bin` is read.
 */
function kindOf(file: string, head: Buffer) {
  return fileKind(file, head.subarray(0, SNIFF_BYTES), { binaryByName: false });
}

function base(blob: AddedBlob): Omit<ByteFragment, 'bytes'> {
  return { file: blob.file, commit: blob.commit, author: blob.author, date: blob.date };
}
