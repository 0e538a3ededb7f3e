import { CHUNK_BYTES, CHUNK_OVERLAP_BYTES, type ByteFragment } from './text-chunks.js';

export interface ScanStats {
  commits: number;
  files: number;
  bytes: number;
  /** True binaries (by git's own judgement in a patch, by content in a tree): not content-scanned, listed. */
  binaryFiles: string[];
  /** Files or patches larger than one chunk, scanned in overlapping chunks. */
  chunked: number;
}

export const emptyStats = (): ScanStats => ({ commits: 0, files: 0, bytes: 0, binaryFiles: [], chunked: 0 });

/** Adds what another thread or slice read to `into`; files are the caller's to add (slices may share them). */
export function addStats(into: ScanStats, from: ScanStats): void {
  into.commits += from.commits;
  into.bytes += from.bytes;
  into.chunked += from.chunked;
  into.binaryFiles.push(...from.binaryFiles);
}

/** Starts each commit's header line in git's output (`--format`), a line no file content can produce unprefixed. */
export const COMMIT_MARK = '\u0001launchgate-commit\u0001';
export const COMMIT_FORMAT = `--format=${COMMIT_MARK}%H%x00%P%x00%an <%ae>%x00%aI`;

/** C-quoted paths from git (`"a b\\tc"`) back to text. */
export function unquoteGitPath(p: string): string {
  if (!p.startsWith('"')) return p;
  const inner = p.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const n = inner[++i];
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(inner.slice(i, i + 3), 8));
      i += 2;
    } else
      bytes.push(
        ({ n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 } as Record<string, number>)[n] ??
          n.charCodeAt(0),
      );
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * The path on a `--- a/x` / `+++ b/x` line. git ends an unquoted name that holds a space with a tab (so that a
 * name ending in spaces stays readable); a name that really ends in a tab would have been quoted.
 */
export function patchHeaderPath(rest: string): string | undefined {
  if (rest === '/dev/null') return undefined;
  const name = rest.startsWith('"') ? unquoteGitPath(rest) : rest.replace(/\t$/, '');
  return name.replace(/^[ab]\//, '');
}

/** The new-side path of `diff --git a/x b/x` (no renames, so both names are equal) or `diff --cc x`. */
export function diffLinePath(line: string): string | undefined {
  if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
    const rest = line.slice(line.indexOf(' ', 5) + 1);
    return rest.startsWith('"') ? unquoteGitPath(rest) : rest;
  }
  const rest = line.slice('diff --git '.length);
  if (rest.startsWith('"')) {
    // "a/x" "b/x", or "a/x" b/x when only one side needed quoting (it never does with equal names, but be safe).
    const end = closingQuote(rest, 0);
    const second = rest.slice(end + 2);
    return (second.startsWith('"') ? unquoteGitPath(second) : second).replace(/^b\//, '');
  }
  // Equal names: "a/NAME b/NAME" has length 2 * NAME + 5.
  const nameLength = (rest.length - 5) / 2;
  if (Number.isInteger(nameLength) && nameLength > 0) return rest.slice(nameLength + 5);
  return undefined;
}

function closingQuote(s: string, open: number): number {
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
  }
  return s.length;
}

/** A changed file `git log -p` printed as "Binary files … differ", and its blob after the change. */
export interface GitBinary {
  file: string;
  commit: string;
  author: string;
  date: string;
  /** The blob after the change (the file's content to judge). */
  newBlob: string;
  /** A merge's file (read again against the merge's first parent: a combined diff ignores --text). */
  merge: boolean;
}

/** Where the parser is in git's patch output. */
type State = 'commit-header' | 'file-header' | 'hunk';

/** What the rest of the current line is: not decided yet (at its start), a header, an added line, or skipped. */
const enum LineKind {
  Start,
  Header,
  Added,
  Skip,
}

const NEWLINE = 0x0a;
const MINUS = 0x2d;
const SPACE = 0x20;
const BACKSLASH = 0x5c;

/**
 * Reads git's `log -p -U0 --cc` output as bytes. The structure decides what a line is: a file header only between
 * `diff` and the first hunk, hunk lines exactly as many as the hunk header counted. A committed line that looks
 * like a header (`++ /dev/null` is `+++ /dev/null` once added) is still content.
 *
 * Why bytes: nearly all of a history is added lines, and they only need copying. Each one is copied from git's
 * output into one buffer per file (without its `+`), which is decoded once when the fragment is handed out; only
 * header lines become strings. Decoding every line and joining them cost as much CPU as git itself.
 */
export class PatchParser {
  private state: State = 'commit-header';
  private commit = '';
  private author = '';
  private date = '';
  private file: string | undefined;
  private binaryCandidate: string | undefined;
  /** The current file's blob after the change, from its `index <old>..<new>` line (with --full-index). */
  private newBlob: string | undefined;
  /** The current file is deleted (`deleted file mode`, or an all-zero new blob). */
  private deleted = false;
  private parents = 1;
  private newLine = 0;
  /** Lines still due in the current hunk, from the new side and from each parent, as its header counted them. */
  private newLeft = 0;
  private oldLeft: number[] = [];
  /** The current file's added lines, each ending in a newline, and the file line of each. */
  private added = Buffer.allocUnsafe(64 * 1024);
  private addedLength = 0;
  private lines: number[] = [];
  /** This file's added lines already handed out in earlier chunks. */
  private chunkedFile = false;
  private lineKind = LineKind.Start;
  /** Pieces of a header line that spans reads, and the first bytes of a hunk line cut off at the end of a read. */
  private headerPieces: Buffer[] = [];
  private carry: Buffer | undefined;
  readonly ready: ByteFragment[] = [];

  /** `countCommits: false` when another reader of the same range counts them (history-read.ts). */
  constructor(
    private readonly stats: ScanStats,
    readonly seenFiles = new Set<string>(),
    private readonly countCommits = true,
    /** Where binary files go with their commit, when the caller orders them itself; else `stats.binaryFiles`. */
    private readonly binaries?: { file: string; commit: string }[],
    /** Changed files git called binary, with their blobs, for the caller to judge by content (history-read.ts). */
    private readonly gitBinaries?: GitBinary[],
    /**
     * The commit and file pairs to read, when git was asked for more (several commits and paths at once): the
     * others are skipped, neither handed out nor counted.
     */
    private readonly only?: (commit: string, file: string) => boolean,
  ) {}

  /** One read of git's output; lines may span reads. */
  write(input: Buffer): void {
    let chunk = input;
    if (this.carry) {
      chunk = Buffer.concat([this.carry, input]);
      this.carry = undefined;
    }
    const n = chunk.length;
    let pos = 0;
    while (pos < n) {
      if (this.lineKind === LineKind.Start) {
        if (this.state === 'hunk') {
          // The prefix (one column per parent) must be whole to tell what the line is.
          const need = this.parents;
          if (n - pos < need && chunk.indexOf(NEWLINE, pos) < 0) {
            this.carry = Buffer.from(chunk.subarray(pos));
            return;
          }
          pos = this.hunkLineStart(chunk, pos);
        } else this.lineKind = LineKind.Header;
      }
      const nl = chunk.indexOf(NEWLINE, pos);
      const end = nl < 0 ? n : nl;
      if (this.lineKind === LineKind.Added) this.append(chunk, pos, end);
      else if (this.lineKind === LineKind.Header) this.headerPieces.push(Buffer.from(chunk.subarray(pos, end)));
      if (nl < 0) return;
      this.endLine();
      pos = nl + 1;
    }
  }

  /** Decides what a hunk line is from its prefix, counts it, and returns where its text starts. */
  private hunkLineStart(chunk: Buffer, pos: number): number {
    const first = chunk[pos];
    if (first === BACKSLASH) {
      // "\ No newline at end of file" belongs to the line before.
      this.lineKind = LineKind.Skip;
      return pos;
    }
    const parents = this.parents;
    let prefixEnd = pos;
    let removed = false;
    let context = false;
    for (; prefixEnd < pos + parents && prefixEnd < chunk.length; prefixEnd++) {
      const c = chunk[prefixEnd];
      if (c === NEWLINE) break;
      if (c === MINUS) removed = true;
      else if (c === SPACE) context = true;
    }
    if (removed) {
      for (let p = 0; p < parents; p++) if (chunk[pos + p] === MINUS) this.oldLeft[p]--;
      this.lineKind = LineKind.Skip;
    } else {
      this.newLeft--;
      for (let p = 0; p < parents; p++) if (chunk[pos + p] === SPACE) this.oldLeft[p]--;
      // A line no parent had is this commit's own; with one parent that is every '+' line.
      if (this.file && !context) {
        this.lineKind = LineKind.Added;
        this.lines.push(this.newLine);
      } else this.lineKind = LineKind.Skip;
      this.newLine++;
    }
    if (this.newLeft <= 0 && this.oldLeft.every((left) => left <= 0)) this.state = 'file-header';
    return prefixEnd;
  }

  private append(chunk: Buffer, start: number, end: number): void {
    const length = end - start;
    if (this.addedLength + length + 1 > this.added.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.added.length * 2, this.addedLength + length + 1));
      this.added.copy(bigger, 0, 0, this.addedLength);
      this.added = bigger;
    }
    if (length < 64) for (let i = start; i < end; i++) this.added[this.addedLength++] = chunk[i];
    else this.addedLength += chunk.copy(this.added, this.addedLength, start, end);
  }

  private endLine(): void {
    const kind = this.lineKind;
    this.lineKind = LineKind.Start;
    if (kind === LineKind.Added) {
      this.append(PLUS_NEWLINE, 1, 2);
      if (this.addedLength > CHUNK_BYTES) this.flush(true);
    } else if (kind === LineKind.Header) {
      const pieces = this.headerPieces;
      this.headerPieces = [];
      this.headerLine(pieces.length === 1 ? pieces[0].toString('utf8') : Buffer.concat(pieces).toString('utf8'));
    }
  }

  /** A line outside hunks: commit, file and hunk headers. */
  private headerLine(line: string): void {
    if (line.startsWith(COMMIT_MARK)) {
      this.flush();
      [this.commit, , this.author, this.date] = line.slice(COMMIT_MARK.length).split('\0');
      if (this.countCommits) this.stats.commits++;
      this.file = undefined;
      this.state = 'commit-header';
      return;
    }
    if (line.startsWith('diff --git ') || line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      this.flush();
      this.file = undefined;
      this.binaryCandidate = diffLinePath(line);
      this.newBlob = undefined;
      this.deleted = false;
      this.parents = line.startsWith('diff --git ') ? 1 : 2;
      this.state = 'file-header';
      return;
    }
    if (this.state !== 'file-header') return;
    if (line.startsWith('+++ ')) {
      this.file = patchHeaderPath(line.slice(4));
      return;
    }
    if (line.startsWith('deleted file mode ')) {
      this.deleted = true;
      return;
    }
    if (line.startsWith('index ')) {
      // `index a..b` or, in a combined diff, `index a,b..c`: the blob after the change is the last.
      const m = /^index [0-9a-f,]+\.\.([0-9a-f]{40,64})(?: |$)/.exec(line);
      this.newBlob = m?.[1];
      if (this.newBlob && /^0+$/.test(this.newBlob)) this.deleted = true;
      return;
    }
    if (line.startsWith('Binary files ')) {
      // A deleted binary has nothing to report; an added or changed one is listed (and path rules see it). Deleted
      // is read from the headers: the `Binary files … and /dev/null differ` text is a path a file can have.
      if (!this.deleted && this.binaryCandidate && (!this.only || this.only(this.commit, this.binaryCandidate))) {
        if (this.binaries) this.binaries.push({ file: this.binaryCandidate, commit: this.commit });
        else this.stats.binaryFiles.push(`${this.binaryCandidate} (${this.commit.slice(0, 7)})`);
        if (this.newBlob)
          this.gitBinaries?.push({
            file: this.binaryCandidate,
            commit: this.commit,
            author: this.author,
            date: this.date,
            newBlob: this.newBlob,
            merge: this.parents > 1,
          });
        this.ready.push({
          file: this.binaryCandidate,
          bytes: NO_BYTES,
          binary: true,
          commit: this.commit,
          author: this.author,
          date: this.date,
        });
      }
      return;
    }
    if (line.startsWith('@@')) {
      const hunk = parseHunkHeader(line);
      if (!hunk) throw new Error(`git log printed a hunk header launchgate cannot read: ${line.slice(0, 80)}`);
      this.parents = hunk.old.length;
      this.newLine = hunk.newStart;
      this.newLeft = hunk.newCount;
      this.oldLeft = hunk.old;
      this.state = this.newLeft <= 0 && this.oldLeft.every((left) => left <= 0) ? 'file-header' : 'hunk';
    }
  }

  /** Hands out the added lines gathered so far; mid-file, the last lines are kept as the next chunk's overlap. */
  flush(midFile = false): void {
    const length = this.addedLength;
    if (this.only && !(this.file !== undefined && this.only(this.commit, this.file))) {
      this.addedLength = 0;
      this.lines = [];
      if (!midFile) this.chunkedFile = false;
      return;
    }
    if (this.file && this.lines.length) {
      this.ready.push({
        file: this.file,
        // Lines joined by newlines, without the last one's; a copy, as the buffer is filled again.
        bytes: Buffer.from(this.added.subarray(0, length - 1)),
        lines: this.lines,
        commit: this.commit,
        author: this.author,
        date: this.date,
      });
      this.seenFiles.add(this.file);
    }
    if (midFile) {
      if (!this.chunkedFile) this.stats.chunked++;
      this.chunkedFile = true;
      // Keep whole lines from the end (never the first one) within the overlap.
      let keep = 0;
      let keepStart = length;
      while (keep < this.lines.length - 1) {
        const start = keepStart >= 2 ? this.added.lastIndexOf(NEWLINE, keepStart - 2) + 1 : 0;
        if (length - start > CHUNK_OVERLAP_BYTES) break;
        keepStart = start;
        keep++;
      }
      this.stats.bytes += keepStart;
      this.added.copyWithin(0, keepStart, length);
      this.addedLength = length - keepStart;
      this.lines = keep ? this.lines.slice(-keep) : [];
      return;
    }
    this.stats.bytes += length;
    this.addedLength = 0;
    this.lines = [];
    this.chunkedFile = false;
  }

  end(): void {
    if (this.carry) {
      const rest = this.carry;
      this.carry = undefined;
      this.write(Buffer.concat([rest, PLUS_NEWLINE.subarray(1)]));
    } else if (this.lineKind !== LineKind.Start) this.write(PLUS_NEWLINE.subarray(1));
    if (this.state === 'hunk') throw new Error('git log output ended inside a hunk: the patch is incomplete');
    this.flush();
  }
}

const PLUS_NEWLINE = Buffer.from('+\n');
const NO_BYTES = new Uint8Array(0);

/** `@@ -a,b +c,d @@` or, for a merge, `@@@ -a,b -c,d +e,f @@@`. A missing count means 1. */
export function parseHunkHeader(line: string): { old: number[]; newStart: number; newCount: number } | undefined {
  const at = /^(@{2,}) /.exec(line);
  if (!at) return undefined;
  const close = line.indexOf(` ${at[1]}`, at[0].length);
  if (close < 0) return undefined;
  const ranges = line.slice(at[0].length, close).split(' ');
  if (ranges.length !== at[1].length) return undefined;
  const count = (r: string) => {
    const m = /^[-+](\d+)(?:,(\d+))?$/.exec(r);
    return m ? { start: Number(m[1]), count: m[2] === undefined ? 1 : Number(m[2]) } : undefined;
  };
  const olds = ranges.slice(0, -1).map(count);
  const neu = count(ranges[ranges.length - 1]);
  if (!neu || olds.some((o) => !o) || !ranges[ranges.length - 1].startsWith('+')) return undefined;
  return { old: olds.map((o) => o!.count), newStart: neu.start, newCount: neu.count };
}

/**
 * `git log -p` as the history scan runs it, over `revs` or (none) the commits it reads from stdin, with `extra`
 * options (which commits, which changes). Only added lines matter: no context, no renames or copies (a renamed
 * file's lines are not new), no external diff or text conversion.
 */
export function patchLogArgs(revs: string[] | undefined, extra: string[] = [], paths: string[] = []): string[] {
  return [
    ...GIT_LOG_CONFIG,
    'log',
    '-p',
    '-U0',
    '--no-color',
    '--no-ext-diff',
    '--no-renames',
    '--no-textconv',
    // Whole blob ids on `index` lines: a changed file git calls binary is judged again by its content.
    '--full-index',
    '--full-history',
    COMMIT_FORMAT,
    ...extra,
    ...(revs ?? ['--no-walk=unsorted', '--stdin']),
    '--',
    ...paths,
  ];
}

/**
 * git's options for every history read: settings a user's or runner's git config may hold that change what `git log`
 * prints are set back (a root commit hidden by `log.showRoot=false`, prefixes gone with `diff.noprefix`, signatures
 * printed), names are not C-quoted beyond need, and a path given is a path, never a pattern.
 */
export const GIT_LOG_CONFIG = [
  '--literal-pathspecs',
  ...[
    'core.quotePath=false',
    'log.showRoot=true',
    'log.showSignature=false',
    'diff.noprefix=false',
    'diff.mnemonicPrefix=false',
    'diff.relative=false',
    'diff.srcPrefix=a/',
    'diff.dstPrefix=b/',
  ].flatMap((setting) => ['-c', setting]),
];
