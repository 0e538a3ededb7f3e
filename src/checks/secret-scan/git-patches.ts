import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import type { Fragment } from './scanner.js';

export interface PatchStats {
  commits: number;
  files: number;
  bytes: number;
  binarySkipped: number;
  hugeSkipped: number;
}

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
 * Streams `git log -p` over the given revisions and yields, per commit and file, the lines that commit added,
 * with their line numbers in the new file. Merge commits are read as combined diffs (--cc): the lines no parent
 * had, i.e. a conflict resolution, are scanned as the merge's own; commits of a merged branch are walked too.
 */
export async function* addedFragments(
  cwd: string,
  revs: string[],
  stats: PatchStats,
  maxFragmentBytes: number,
): AsyncGenerator<Fragment> {
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
    '--full-history',
    `--format=${COMMIT_MARK}%H%x00%an <%ae>%x00%aI`,
    ...revs,
    '--',
  ];
  const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  let commit = '';
  let author = '';
  let date = '';
  let file: string | undefined;
  let parents = 1;
  let newLine = 0;
  let added: string[] = [];
  let lines: number[] = [];
  let bytes = 0;
  const seenFiles = new Set<string>();

  const flush = (): Fragment | undefined => {
    const out = file && added.length ? { file, text: added.join('\n'), lines, commit, author, date } : undefined;
    if (out && bytes > maxFragmentBytes) {
      stats.hugeSkipped++;
      added = [];
      lines = [];
      bytes = 0;
      return undefined;
    }
    if (out) {
      stats.bytes += bytes;
      seenFiles.add(out.file);
    }
    added = [];
    lines = [];
    bytes = 0;
    return out;
  };

  const ready: Fragment[] = [];
  const processLine = (line: string): void => {
    if (line.startsWith(COMMIT_MARK)) {
      const f = flush();
      if (f) ready.push(f);
      [commit, author, date] = line.slice(COMMIT_MARK.length).split('\0');
      stats.commits++;
      file = undefined;
      return;
    }
    if (line.startsWith('diff --git ') || line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      const f = flush();
      if (f) ready.push(f);
      file = undefined;
      parents = line.startsWith('diff --git ') ? 1 : 2;
      return;
    }
    if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      file = target === '/dev/null' ? undefined : unquoteGitPath(target).replace(/^b\//, '');
      return;
    }
    if (line.startsWith('Binary files ')) {
      stats.binarySkipped++;
      return;
    }
    if (line.startsWith('@@')) {
      const m = /\+(\d+)(?:,\d+)? @@/.exec(line);
      if (m) {
        newLine = Number(m[1]);
        parents = Math.max(1, /^@+/.exec(line)![0].length - 1);
      }
      return;
    }
    if (!file) return;
    const first = line.charCodeAt(0);
    if (parents === 1) {
      // Plain diffs: '+' added, '-' removed; nothing else counts (with -U0 there is no context).
      if (first === 43 /* + */) {
        const text = line.slice(1);
        added.push(text);
        lines.push(newLine);
        bytes += Buffer.byteLength(text) + 1;
        newLine++;
      }
      return;
    }
    const prefix = line.slice(0, parents);
    if (prefix.length < parents || /[^ +-]/.test(prefix)) return;
    if (prefix.includes('-')) return;
    if (prefix === '+'.repeat(parents)) {
      const text = line.slice(parents);
      added.push(text);
      lines.push(newLine);
      bytes += Buffer.byteLength(text) + 1;
    }
    newLine++;
  };
  // Lines are split by hand and handled synchronously; only whole fragments cross the async boundary.
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of child.stdout) {
    const text = rest + decoder.write(chunk);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      processLine(text.slice(start, nl));
      start = nl + 1;
    }
    rest = text.slice(start);
    while (ready.length) yield ready.shift()!;
  }
  rest += decoder.end();
  if (rest) processLine(rest);
  while (ready.length) yield ready.shift()!;
  const last = flush();
  if (last) yield last;
  const code = await exited;
  stats.files += seenFiles.size;
  if (code !== 0) throw new Error(`git log failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`);
}
