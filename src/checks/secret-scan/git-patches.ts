import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import type { Fragment } from './scanner.js';

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

/** Text is handed to the scanner in pieces of at most this size … */
export const CHUNK_BYTES = 4 * 1024 * 1024;
/** … each repeating the end of the one before, so a secret across a boundary is found whole. Longer than any rule's reach. */
export const CHUNK_OVERLAP_BYTES = 64 * 1024;

const COMMIT_MARK = '\u0001launchgate-commit\u0001';

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

/** Where the parser is in git's patch output. */
type State =
  | { kind: 'commit-header' }
  | { kind: 'file-header' }
  /** Inside a hunk: lines still due from the new side and from each parent, as its header counted them. */
  | { kind: 'hunk'; newLeft: number; oldLeft: number[] };

/**
 * Reads git's `log -p -U0 --cc` output. The structure decides what a line is: a file header only between
 * `diff` and the first hunk, hunk lines exactly as many as the hunk header counted. A committed line that looks
 * like a header (`++ /dev/null` is `+++ /dev/null` once added) is still content.
 */
export class PatchParser {
  private state: State = { kind: 'commit-header' };
  private commit = '';
  private author = '';
  private date = '';
  private file: string | undefined;
  private binaryCandidate: string | undefined;
  private parents = 1;
  private newLine = 0;
  private added: string[] = [];
  private lines: number[] = [];
  private bytes = 0;
  /** Bytes of this file's added lines already handed out in earlier chunks. */
  private chunkedFile = false;
  readonly seenFiles = new Set<string>();
  readonly ready: Fragment[] = [];

  constructor(private readonly stats: ScanStats) {}

  line(line: string): void {
    const state = this.state;
    if (state.kind === 'hunk') {
      this.hunkLine(state, line);
      return;
    }
    if (line.startsWith(COMMIT_MARK)) {
      this.flush();
      [this.commit, this.author, this.date] = line.slice(COMMIT_MARK.length).split('\0');
      this.stats.commits++;
      this.file = undefined;
      this.state = { kind: 'commit-header' };
      return;
    }
    if (line.startsWith('diff --git ') || line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      this.flush();
      this.file = undefined;
      this.binaryCandidate = diffLinePath(line);
      this.parents = line.startsWith('diff --git ') ? 1 : 2;
      this.state = { kind: 'file-header' };
      return;
    }
    if (state.kind !== 'file-header') return;
    if (line.startsWith('+++ ')) {
      this.file = patchHeaderPath(line.slice(4));
      return;
    }
    if (line.startsWith('Binary files ')) {
      // A deleted binary has nothing to report; an added or changed one is listed (and path rules see it).
      if (!line.endsWith(' and /dev/null differ') && this.binaryCandidate) {
        this.stats.binaryFiles.push(`${this.binaryCandidate} (${this.commit.slice(0, 7)})`);
        this.ready.push({
          file: this.binaryCandidate,
          text: '',
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
      this.state = { kind: 'hunk', newLeft: hunk.newCount, oldLeft: hunk.old };
      this.endHunkIfDone();
    }
  }

  private hunkLine(state: Extract<State, { kind: 'hunk' }>, line: string): void {
    if (line.startsWith('\\')) return; // "\ No newline at end of file" belongs to the line before
    const parents = this.parents;
    const prefix = line.slice(0, parents);
    const text = line.slice(parents);
    const removed = prefix.includes('-');
    if (removed) {
      for (let p = 0; p < parents; p++) if (prefix[p] === '-') state.oldLeft[p]--;
    } else {
      state.newLeft--;
      for (let p = 0; p < parents; p++) if (prefix[p] === ' ') state.oldLeft[p]--;
      // A line no parent had is this commit's own; with one parent that is every '+' line.
      if (this.file && !prefix.includes(' ')) this.add(text);
      this.newLine++;
    }
    this.endHunkIfDone();
  }

  private endHunkIfDone(): void {
    const state = this.state;
    if (state.kind === 'hunk' && state.newLeft <= 0 && state.oldLeft.every((n) => n <= 0))
      this.state = { kind: 'file-header' };
  }

  private add(text: string): void {
    this.added.push(text);
    this.lines.push(this.newLine);
    this.bytes += Buffer.byteLength(text) + 1;
    if (this.bytes > CHUNK_BYTES) this.flush(true);
  }

  /** Hands out the added lines gathered so far; mid-file, the last lines are kept as the next chunk's overlap. */
  flush(midFile = false): void {
    if (this.file && this.added.length) {
      this.ready.push({
        file: this.file,
        text: this.added.join('\n'),
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
      let keep = 0;
      let kept = 0;
      for (let i = this.added.length - 1; i > 0; i--) {
        const size = Buffer.byteLength(this.added[i]) + 1;
        if (kept + size > CHUNK_OVERLAP_BYTES) break;
        kept += size;
        keep++;
      }
      this.stats.bytes += this.bytes - kept;
      this.added = keep ? this.added.slice(-keep) : [];
      this.lines = keep ? this.lines.slice(-keep) : [];
      this.bytes = kept;
      return;
    }
    this.stats.bytes += this.bytes;
    this.added = [];
    this.lines = [];
    this.bytes = 0;
    this.chunkedFile = false;
  }

  end(): void {
    if (this.state.kind === 'hunk') throw new Error('git log output ended inside a hunk: the patch is incomplete');
    this.flush();
  }
}

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
 * Streams `git log -p` over the given revisions and yields, per commit and file, the lines that commit added,
 * with their line numbers in the new file. Merge commits are read as combined diffs (--cc): the lines no parent
 * had, i.e. a conflict resolution, are scanned as the merge's own; commits of a merged branch are walked too.
 */
export async function* addedFragments(cwd: string, revs: string[], stats: ScanStats): AsyncGenerator<Fragment> {
  const args = [
    '-c',
    'core.quotePath=false',
    'log',
    '-p',
    '-U0',
    '--cc',
    '--no-color',
    '--no-ext-diff',
    '--no-renames',
    '--no-textconv',
    '--full-history',
    `--format=${COMMIT_MARK}%H%x00%an <%ae>%x00%aI`,
    ...revs,
    '--',
  ];
  const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  const parser = new PatchParser(stats);
  try {
    for await (const fragment of splitLines(child.stdout, (l) => parser.line(l), parser.ready)) yield fragment;
    parser.end();
    while (parser.ready.length) yield parser.ready.shift()!;
  } finally {
    if (child.exitCode === null) child.kill();
  }
  const code = await exited;
  stats.files += parser.seenFiles.size;
  if (code !== 0) throw new Error(`git log failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`);
}

/**
 * Splits a byte stream into lines and hands each to `onLine` synchronously, yielding what it queued in `ready`.
 * A line longer than one read is gathered in pieces and joined once: searching only each new piece for the
 * newline keeps a 50 MB single-line file linear.
 */
export async function* splitLines<T>(
  stream: AsyncIterable<Buffer>,
  onLine: (line: string) => void,
  ready: T[],
): AsyncGenerator<T> {
  const decoder = new StringDecoder('utf8');
  let pending: string[] = [];
  for await (const chunk of stream) {
    const text = decoder.write(chunk);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      const piece = text.slice(start, nl);
      if (pending.length) {
        pending.push(piece);
        onLine(pending.join(''));
        pending = [];
      } else onLine(piece);
      start = nl + 1;
    }
    if (start < text.length) pending.push(text.slice(start));
    while (ready.length) yield ready.shift()!;
  }
  pending.push(decoder.end());
  const rest = pending.join('');
  if (rest) onLine(rest);
  while (ready.length) yield ready.shift()!;
}
