// npm run bench:migrations [runs] — whole processes, measured from outside, one after the other (never side by side,
// so neither takes the other's CPU): the built CLI (node dist/cli/index.js, process start and exit included) against
// squawk on the same files, both as npm installs it (a Node launcher that starts the native binary) and its native
// binary alone. Wall time and peak memory come from /usr/bin/time (GNU time: the largest single process among those
// waited for, so the engine process counts too). Run `npm run build` first.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { peerBin } from './peer-tools.js';

const RUNS = Number(process.argv[2] ?? 5);
const CLI = path.resolve('dist/cli/index.js');
if (!existsSync(CLI)) throw new Error('bench:migrations measures the built CLI: run npm run build first.');
if (!existsSync('/usr/bin/time'))
  throw new Error('bench:migrations needs GNU time at /usr/bin/time (apt-get install time).');
const squawk = peerBin('squawk-cli', '2.66.0', 'squawk');
// The platform binary the npm launcher starts (node_modules/@squawk-cli/<platform>-<arch>/bin/squawk).
const squawkNative = path.resolve(
  path.dirname(squawk),
  '..',
  '@squawk-cli',
  `${process.platform}-${process.arch}`,
  'bin',
  process.platform === 'win32' ? 'squawk.exe' : 'squawk',
);
if (!existsSync(squawkNative)) throw new Error(`bench:migrations: squawk's native binary is not at ${squawkNative}`);
const loadAtStart = os.loadavg();

const templates = [
  (i: number) =>
    `CREATE TABLE t${i} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, created_at timestamptz DEFAULT now());\nCREATE INDEX t${i}_name ON t${i} (name);\n`,
  (i: number) =>
    `SET lock_timeout = '5s';\nALTER TABLE t${i - 1} ADD COLUMN c${i} text;\nCREATE INDEX CONCURRENTLY t_c${i} ON t${i - 1} (c${i});\n`,
  (i: number) =>
    `ALTER TABLE t${i - 2} ADD COLUMN d${i} bigint NOT NULL DEFAULT 0;\nALTER TABLE t${i - 2} ADD CONSTRAINT fk${i} FOREIGN KEY (d${i}) REFERENCES t${i - 2} (id);\n`,
  (i: number) =>
    `-- backfill ${i}\nUPDATE t${i - 3} SET name = 'x' WHERE id < 1000;\nALTER TABLE t${i - 3} RENAME COLUMN name TO n${i};\n`,
];

const root = mkdtempSync(path.join(os.tmpdir(), 'lg-bench-mig-'));
/** A folder of `count` plain migrations; returns the folder and the file paths relative to it. */
function project(name: string, count: number): { dir: string; files: string[] } {
  const dir = path.join(root, name);
  mkdirSync(path.join(dir, 'migrations'), { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = `migrations/${String(i).padStart(5, '0')}_m.sql`;
    writeFileSync(path.join(dir, file), templates[i % templates.length](i));
    files.push(file);
  }
  return { dir, files };
}

interface Sample {
  wall: number;
  /** User + system CPU seconds: less stretched by a busy machine than wall time. */
  cpu: number;
  peakMb: number;
}

/** Runs a command under GNU time; returns wall seconds and peak resident MB. */
function measure(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Sample {
  const out = path.join(root, 'time.txt');
  spawnSync('/usr/bin/time', ['-o', out, '-f', '%e %U %S %M', cmd, ...args], { cwd, env, stdio: 'ignore' });
  const [wall, user, sys, kb] = execFileSync('tail', ['-n', '1', out], { encoding: 'utf8' })
    .trim()
    .split(' ')
    .map(Number);
  return { wall, cpu: user + sys, peakMb: kb / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Row {
  name: string;
  ours: Sample[];
  npm: Sample[];
  native: Sample[];
}

/**
 * Alternates launchgate, squawk through npm and squawk native run by run (after one unmeasured warm-up each, which
 * also fills launchgate's compile cache), so drift hits all alike.
 */
function compare(name: string, ours: () => Sample, files: { dir: string; files: string[] }): Row {
  const npm = () => measure(squawk, files.files, files.dir);
  const native = () => measure(squawkNative, files.files, files.dir);
  ours();
  npm();
  native();
  const row: Row = { name, ours: [], npm: [], native: [] };
  for (let i = 0; i < RUNS; i++) {
    row.ours.push(ours());
    row.npm.push(npm());
    row.native.push(native());
  }
  return row;
}

const cli =
  (dir: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  () =>
    measure(process.execPath, [CLI, 'migration-check', '--changed-only', 'false', ...args], dir, env);
const lint = (dir: string) => cli(dir, ['--apply', 'none']);
/** A first run: an empty compile cache, so every module of the bundle is compiled from its source. */
const lintCold = (dir: string) => () =>
  cli(dir, ['--apply', 'none'], { ...process.env, NODE_COMPILE_CACHE: mkdtempSync(path.join(root, 'cache-')) })();
// Nothing is cached between runs: each run starts PGlite from the data directory shipped in dist/.
const apply = (dir: string) => cli(dir, []);

const one = project('one', 1);
const thousand = project('thousand', 1000);
const rows: Row[] = [];
rows.push(compare('1 file, lint only', lint(one.dir), one));
rows.push(compare('1 file, lint only, first run (empty compile cache)', lintCold(one.dir), one));
rows.push(compare('1 file, lint + embedded apply', apply(one.dir), one));
rows.push(compare('1000 files, lint only', lint(thousand.dir), thousand));

const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
console.log(
  execFileSync(squawkNative, ['--version'], { encoding: 'utf8' }).trim(),
  `· node ${process.version} · ${os.cpus().length} CPUs · ${RUNS} runs each, medians`,
);
const s = (xs: Sample[], f: (s: Sample) => number, digits = 2) => median(xs.map(f)).toFixed(digits);
console.log(
  '| case | launchgate wall (s) | launchgate CPU (s) | launchgate peak RSS (MB) | squawk (npm) wall (s) | squawk (npm) CPU (s) | squawk (native) wall (s) | squawk (native) CPU (s) | wall ratio to npm / native |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  const ow = median(r.ours.map((x) => x.wall));
  const ratio = (theirs: Sample[]) => `${(ow / Math.max(median(theirs.map((x) => x.wall)), 0.01)).toFixed(1)}×`;
  console.log(
    `| ${r.name} | ${ow.toFixed(2)} | ${s(r.ours, (x) => x.cpu)} | ${s(r.ours, (x) => x.peakMb, 0)} | ${s(r.npm, (x) => x.wall)} | ${s(r.npm, (x) => x.cpu)} | ${s(r.native, (x) => x.wall)} | ${s(r.native, (x) => x.cpu)} | ${ratio(r.npm)} / ${ratio(r.native)} |`,
  );
}
console.log(
  `load average (1, 5, 15 min) at the start: ${load(loadAtStart)}, at the end: ${load(os.loadavg())} on ${os.cpus().length} CPUs (a loaded machine stretches every wall figure; CPU seconds much less)`,
);
rmSync(root, { recursive: true, force: true });
