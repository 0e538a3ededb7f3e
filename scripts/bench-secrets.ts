// npm run bench:secrets — (1) the full history of a repository-sized history: a git repository built from the
// JavaScript sources under node_modules (real code, committed in 400 commits), scanned by the builtin engine in
// history mode; (2) a large working tree (the same sources) scanned by launchgate and by secretlint in the same
// run; (3) a 20-commit pull request through the bundled action, process start included.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { peerBin } from './peer-tools.js';
import { emptyStats } from '../src/checks/secret-scan/git-patches.js';
import { addedFragments } from '../src/checks/secret-scan/history-read.js';
import { defaultRuleSet } from '../src/checks/secret-scan/rules.js';
import { Scanner } from '../src/checks/secret-scan/scanner.js';
import type { Fragment } from '../src/checks/secret-scan/scanner.js';

// `npm run bench:secrets -- tree` runs only the working-tree part; a number is the history's commit count.
const TREE_ONLY = process.argv.slice(2).includes('tree');
const COMMITS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 400);
/** Runs of each tool on the tree, in turn (launchgate, secretlint, launchgate, …); medians are printed. */
const TREE_RUNS = Number(process.env.BENCH_TREE_RUNS ?? 3);
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 }).trim();

function jsFiles(root: string, out: string[] = [], limitBytes = 120 * 1024 * 1024, size = { n: 0 }): string[] {
  for (const name of readdirSync(root).sort()) {
    const p = path.join(root, name);
    const st = statSync(p);
    if (st.isDirectory()) jsFiles(p, out, limitBytes, size);
    else if (/\.(js|ts|json|md)$/.test(name) && st.size < 2_000_000) {
      out.push(p);
      size.n += st.size;
    }
    if (size.n > limitBytes) break;
  }
  return out;
}

/** Every temporary folder this run makes, removed on exit (a run used to leave ~130 MB behind). */
const temporary: string[] = [];
process.on('exit', () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

function runAction(
  cwd: string,
  inputs: Record<string, string>,
  event?: object,
  extraEnv: Record<string, string> = {},
): { ms: number; summary: string; peakRssMb?: number; cpuS?: number } {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lg-bench-run-'));
  temporary.push(tmp);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: path.join(tmp, 'out'),
    GITHUB_STEP_SUMMARY: path.join(tmp, 'summary'),
    RUNNER_TEMP: tmp,
    GITHUB_WORKSPACE: cwd,
  };
  writeFileSync(env.GITHUB_OUTPUT, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  if (event) {
    writeFileSync(path.join(tmp, 'event.json'), JSON.stringify(event));
    env.GITHUB_EVENT_PATH = path.join(tmp, 'event.json');
    env.GITHUB_EVENT_NAME = 'pull_request';
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  Object.assign(env, extraEnv);
  // Peak RSS of the action's process (its threads included) and its CPU seconds (git's included), from GNU time.
  const rssFile = path.join(tmp, 'rss');
  const timed = existsSync('/usr/bin/time');
  const [cmd, args] = timed
    ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', rssFile, process.execPath, path.resolve('dist/secret-scan/index.js')]]
    : [process.execPath, [path.resolve('dist/secret-scan/index.js')]];
  const t0 = performance.now();
  spawnSync(cmd, args, { cwd, env, encoding: 'utf8' });
  const ms = performance.now() - t0;
  const [rss, user, sys] = timed ? readFileSync(rssFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) : [];
  const peakRssMb = timed ? rss / 1024 : undefined;
  const cpuS = timed ? user + sys : undefined;
  return { ms, summary: readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8'), peakRssMb, cpuS };
}

/** Wall and CPU seconds (user + system, children included) of one process, from GNU time when the machine has it. */
function timedRun(
  cmd: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): { wallS: number; cpuS?: number; status: number | null; stderr: string } {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lg-bench-time-'));
  temporary.push(tmp);
  const out = path.join(tmp, 'time');
  const timed = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', out, cmd, ...args], {
        ...options,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      })
    : spawnSync(cmd, args, { ...options, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallS = (performance.now() - t0) / 1000;
  const cpuS = timed
    ? readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .pop()!
        .split(' ')
        .reduce((sum, x) => sum + Number(x), 0)
    : undefined;
  return { wallS, cpuS, status: r.status, stderr: r.stderr ?? '' };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/**
 * The working tree, side by side with secretlint on the same files: each run in turn, TREE_RUNS times, with the
 * load average before and after (the machine is shared; the ratio within one run is the meaningful figure).
 */
function benchTree(dir: string): void {
  const treeBytes = Number(
    execFileSync('sh', ['-c', 'find . -path ./.git -prune -o -type f -print0 | xargs -0 cat | wc -c'], {
      cwd: dir,
      encoding: 'utf8',
    }).trim(),
  );
  const secretlint = peerBin('secretlint', '13.0.6', 'secretlint');
  peerBin('@secretlint/secretlint-rule-preset-recommend', '13.0.6', 'secretlint');
  const presetDir = path.resolve(
    'node_modules/.cache/peers/@secretlint_secretlint-rule-preset-recommend-13.0.6/node_modules',
  );
  writeFileSync(
    path.join(dir, '.secretlintrc.json'),
    JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }),
  );
  const loadBefore = os.loadavg();
  const lg: { wallS: number; cpuS?: number }[] = [];
  const sl: ReturnType<typeof timedRun>[] = [];
  let rules = '?';
  let findings = '?';
  for (let i = 0; i < TREE_RUNS; i++) {
    const t = runAction(dir, { mode: 'tree' });
    rules = /\((\d+) rules/.exec(t.summary)?.[1] ?? rules;
    findings = /(\d+) error\(s\)/.exec(t.summary)?.[1] ?? findings;
    lg.push({ wallS: t.ms / 1000, cpuS: t.cpuS });
    sl.push(
      timedRun(secretlint, ['**/*', '--secretlintignore', '.gitignore', '--maskSecrets'], {
        cwd: dir,
        env: { ...process.env, NODE_PATH: presetDir },
      }),
    );
  }
  const loadAfter = os.loadavg();
  const mb = treeBytes / 1e6;
  const row = (name: string, runs: { wallS: number; cpuS?: number }[], extra: string) => {
    const wall = median(runs.map((r) => r.wallS));
    const cpu = runs[0].cpuS === undefined ? undefined : median(runs.map((r) => r.cpuS!));
    console.log(
      `| ${name} | ${wall.toFixed(2)} (${Math.min(...runs.map((r) => r.wallS)).toFixed(2)}–${Math.max(...runs.map((r) => r.wallS)).toFixed(2)}) | ${cpu?.toFixed(2) ?? '—'} | ${(mb / wall).toFixed(1)} | ${extra} |`,
    );
    return wall;
  };
  console.log(`\n## Working tree: ${mb.toFixed(1)} MB, ${TREE_RUNS} run(s) of each in turn`);
  console.log(
    `load average (1, 5, 15 min): ${loadBefore.map((l) => l.toFixed(1)).join(', ')} before, ${loadAfter.map((l) => l.toFixed(1)).join(', ')} after`,
  );
  console.log('| tool | wall s, median (min–max) | CPU s (user + sys), median | MB/s (wall) | notes |');
  console.log('| --- | --- | --- | --- | --- |');
  const lgWall = row(
    `launchgate builtin, ${rules} rules (mode: tree, process start included)`,
    lg,
    `${findings} finding(s)`,
  );
  const last = sl[sl.length - 1];
  const slWall = row(
    'secretlint 13.0.6 + preset-recommend (process start included)',
    sl,
    `exit ${last.status}${last.status === 2 || last.stderr.includes('Error') ? ` (${last.stderr.trim().split('\n')[0].slice(0, 80)})` : ''}`,
  );
  const pairs = lg.map((r, i) => sl[i].wallS / r.wallS);
  console.log(
    `launchgate is ${(slWall / lgWall).toFixed(2)}× secretlint's speed on this tree (median of the pairs: ${median(pairs).toFixed(2)}×; target: at least 3×).`,
  );
}

if (TREE_ONLY) {
  // The same files as the history's working tree, copied without git (mode: tree reads the files only).
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-bench-tree-'));
  temporary.push(dir);
  const sources = jsFiles(path.resolve('node_modules'));
  console.error(`copying ${sources.length} files …`);
  for (const f of sources) {
    const dest = path.join(dir, path.relative(path.resolve('node_modules'), f));
    mkdirSync(path.dirname(dest), { recursive: true });
    cpSync(f, dest);
  }
  benchTree(dir);
  process.exit(0);
}

const repo = mkdtempSync(path.join(os.tmpdir(), 'lg-bench-secrets-'));
temporary.push(repo);
git(repo, 'init', '-q', '-b', 'main');
git(repo, 'config', 'user.email', 'bench@example.com');
git(repo, 'config', 'user.name', 'Bench');
const files = jsFiles(path.resolve('node_modules'));
const perCommit = Math.ceil(files.length / COMMITS);
console.error(`building a ${COMMITS}-commit history from ${files.length} files …`);
for (let c = 0; c < COMMITS; c++) {
  for (const f of files.slice(c * perCommit, (c + 1) * perCommit)) {
    const dest = path.join(repo, path.relative(path.resolve('node_modules'), f));
    mkdirSync(path.dirname(dest), { recursive: true });
    cpSync(f, dest);
  }
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--allow-empty', '-m', `commit ${c}`);
}
// A checkout's history arrives as a pack (actions/checkout fetches one); loose objects, as \`git commit\` leaves them,
// would cost git about ten times the system time of a real checkout.
git(repo, 'repack', '-adq');
git(repo, 'prune');
const patchBytes = Number(
  execFileSync('sh', ['-c', 'git log -p -U0 --cc --no-color HEAD | wc -c'], { cwd: repo, encoding: 'utf8' }).trim(),
);

// The history, three ways, taken in turns so that a change in the machine's load hits each alike: the bundled
// action with its default threads, the same with one thread (LAUNCHGATE_SECRET_SCAN_THREADS=1), and git log -p
// alone. Each figure is the median of ROUNDS runs; CPU seconds (git's included) show the work whatever the load.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
interface Run {
  ms: number;
  cpuS?: number;
  peakRssMb?: number;
  summary?: string;
}
function gitLogAlone(): Run {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lg-bench-git-'));
  temporary.push(tmp);
  const t0 = performance.now();
  execFileSync(
    '/usr/bin/time',
    ['-f', '%U %S', '-o', path.join(tmp, 't'), 'sh', '-c', 'git log -p -U0 --cc --no-color HEAD > /dev/null'],
    {
      cwd: repo,
    },
  );
  const ms = performance.now() - t0;
  const [user, sys] = readFileSync(path.join(tmp, 't'), 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { ms, cpuS: user + sys };
}
const loadBefore = os.loadavg();
const rounds: Record<'threads' | 'one' | 'inline' | 'git', Run[]> = { threads: [], one: [], inline: [], git: [] };
const hasTime = existsSync('/usr/bin/time');
// One thread per core, at least two, whatever the default on this machine (one thread below 3 cores).
const threadsAsked = String(Math.max(2, os.availableParallelism()));
for (let r = 0; r < ROUNDS; r++) {
  rounds.threads.push(
    runAction(repo, { mode: 'history' }, undefined, { LAUNCHGATE_SECRET_SCAN_THREADS: threadsAsked }),
  );
  rounds.one.push(runAction(repo, { mode: 'history' }, undefined, { LAUNCHGATE_SECRET_SCAN_THREADS: '1' }));
  rounds.inline.push(
    runAction(repo, { mode: 'history' }, undefined, {
      LAUNCHGATE_SECRET_SCAN_THREADS: '1',
      LAUNCHGATE_SECRET_SCAN_READER: 'inline',
    }),
  );
  if (hasTime) rounds.git.push(gitLogAlone());
  console.error(`round ${r + 1}/${ROUNDS} done`);
}
const loadAfter = os.loadavg();
const history = rounds.threads[0];
const m = /(\d+) commit\(s\), (\d+) file\(s\), ([\d.]+ \w+)/.exec(history.summary!);
const threadsUsed = /read and scanned by (\d+) threads/.exec(history.summary!)?.[1] ?? '1';
console.log(`## Full history: ${COMMITS} commits, ${(patchBytes / 1e6).toFixed(1)} MB of patch text (git log -p)`);
console.log(`rules: ${/with (builtin \([^)]*\)[^:]*)/.exec(history.summary!)?.[1] ?? '?'}`);
console.log(
  `load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(1)).join(' ')} after; ${os.availableParallelism()} cores; median of ${ROUNDS} runs, taken in turns`,
);
console.log('| engine | commits | time (s), median [min–max] | CPU s | MB/s of patch text | MB per CPU-s | peak RSS |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
const row = (label: string, runs: Run[], commits: string | number) => {
  if (!runs.length) return;
  const ms = median(runs.map((x) => x.ms));
  const cpu = runs.every((x) => x.cpuS !== undefined) ? median(runs.map((x) => x.cpuS!)) : undefined;
  const rss = runs.every((x) => x.peakRssMb !== undefined) ? Math.max(...runs.map((x) => x.peakRssMb!)) : undefined;
  const range = `${(ms / 1000).toFixed(2)} [${(Math.min(...runs.map((x) => x.ms)) / 1000).toFixed(2)}–${(Math.max(...runs.map((x) => x.ms)) / 1000).toFixed(2)}]`;
  console.log(
    `| ${label} | ${commits} | ${range} | ${cpu?.toFixed(2) ?? '—'} | ${(patchBytes / 1e6 / (ms / 1000)).toFixed(1)} | ${cpu ? (patchBytes / 1e6 / cpu).toFixed(1) : '—'} | ${rss ? `${rss.toFixed(0)} MB` : '—'} |`,
  );
};
row(
  `launchgate builtin, ${threadsUsed} threads (LAUNCHGATE_SECRET_SCAN_THREADS=${threadsAsked}; bundled action: process start, git log and scan)`,
  rounds.threads,
  m?.[1] ?? '?',
);
row(
  'launchgate builtin, one scanning thread and a thread reading git (LAUNCHGATE_SECRET_SCAN_THREADS=1, the default below 3 cores)',
  rounds.one,
  m?.[1] ?? '?',
);
row(
  'launchgate builtin, one thread reading git between fragments (LAUNCHGATE_SECRET_SCAN_READER=inline)',
  rounds.inline,
  m?.[1] ?? '?',
);
row('git log -p alone (what a scanner reading patches, as gitleaks does, spends in git at least)', rounds.git, COMMITS);
for (const name of ['gitleaks', 'betterleaks']) {
  const bin = (process.env.PATH ?? '')
    .split(path.delimiter)
    .map((d) => path.join(d, name))
    .find((f) => existsSync(f));
  if (!bin) continue;
  const report = path.join(repo, '..', `${path.basename(repo)}-${name}.json`);
  temporary.push(report);
  const t = performance.now();
  spawnSync(bin, ['git', '--no-banner', '--exit-code', '0', '--report-path', report, '.'], { cwd: repo });
  row(`${name} from PATH (git mode, one run)`, [{ ms: performance.now() - t }], COMMITS);
}
if (
  !['gitleaks', 'betterleaks'].some((n) =>
    (process.env.PATH ?? '').split(path.delimiter).some((d) => existsSync(path.join(d, n))),
  )
)
  console.log('(no gitleaks or betterleaks on PATH to compare with)');

// The scanner alone: the same added lines, already read from git, scanned in-process.
const fragments: Fragment[] = [];
const stats = emptyStats();
const g0 = performance.now();
for await (const f of addedFragments(repo, ['HEAD'], stats)) fragments.push(f);
const gitMs = performance.now() - g0;
const scanner = new Scanner(defaultRuleSet());
const s0 = performance.now();
let found = 0;
for (const f of fragments) found += scanner.scan(f).length;
const scanMs = performance.now() - s0;
console.log(
  `| reading what the commits added, in-process (git cat-file, git log, the readers) | ${COMMITS} | ${(gitMs / 1000).toFixed(2)} | ${(patchBytes / 1e6 / (gitMs / 1000)).toFixed(1)} | — |`,
);
console.log(
  `| builtin scanner alone on the added lines (${(stats.bytes / 1e6).toFixed(1)} MB, ${found} findings) | ${COMMITS} | ${(scanMs / 1000).toFixed(2)} | ${(stats.bytes / 1e6 / (scanMs / 1000)).toFixed(1)} | ${(COMMITS / (scanMs / 1000)).toFixed(0)} |`,
);

benchTree(repo);

// A 20-commit pull request.
const base = git(repo, 'rev-list', '-n', '1', 'HEAD~20');
const head = git(repo, 'rev-parse', 'HEAD');
const pr = runAction(repo, {}, { pull_request: { number: 1, base: { sha: base }, head: { sha: head } } });
console.log(
  `\n## A 20-commit pull request through dist/secret-scan/index.js: ${(pr.ms / 1000).toFixed(2)} s including process start (target: under 2 s)`,
);
