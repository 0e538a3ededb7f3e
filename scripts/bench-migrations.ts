// npm run bench:migrations — whole processes, measured from outside, one after the other (never side by side, so
// neither takes the other's CPU): the built CLI (node dist/cli/index.js, process start and exit included) against
// squawk's native binary on the same files. Wall time and peak memory come from /usr/bin/time (GNU time: the
// largest single process among those waited for, so the engine process counts too). Run `npm run build` first.
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
  theirs: Sample[];
}

/** Alternates launchgate and squawk run by run (after one unmeasured warm-up each), so drift hits both alike. */
function compare(name: string, ours: () => Sample, theirs: () => Sample): Row {
  ours();
  theirs();
  const row: Row = { name, ours: [], theirs: [] };
  for (let i = 0; i < RUNS; i++) {
    row.ours.push(ours());
    row.theirs.push(theirs());
  }
  return row;
}

const lint = (dir: string) => () =>
  measure(process.execPath, [CLI, 'migration-check', '--apply', 'none', '--changed-only', 'false'], dir);
// Nothing is cached between runs: each run starts PGlite from the data directory shipped in dist/.
const apply = (dir: string) => () =>
  measure(process.execPath, [CLI, 'migration-check', '--changed-only', 'false'], dir);
const peer = (dir: string, files: string[]) => () => measure(squawk, files, dir);

const one = project('one', 1);
const thousand = project('thousand', 1000);
const rows: Row[] = [];
rows.push(compare('1 file, lint only', lint(one.dir), peer(one.dir, one.files)));
rows.push(compare('1 file, lint + embedded apply', apply(one.dir), peer(one.dir, one.files)));
rows.push(compare('1000 files, lint only', lint(thousand.dir), peer(thousand.dir, thousand.files)));

console.log(
  execFileSync(squawk, ['--version'], { encoding: 'utf8' }).trim(),
  `· node ${process.version} · ${RUNS} runs each, medians`,
);
console.log(
  '| case | launchgate wall (s) | launchgate CPU (s) | launchgate peak RSS (MB) | squawk wall (s) | squawk CPU (s) | squawk peak RSS (MB) | wall ratio |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  const ow = median(r.ours.map((s) => s.wall));
  const tw = median(r.theirs.map((s) => s.wall));
  console.log(
    `| ${r.name} | ${ow.toFixed(2)} | ${median(r.ours.map((s) => s.cpu)).toFixed(2)} | ${median(r.ours.map((s) => s.peakMb)).toFixed(0)} | ${tw.toFixed(2)} | ${median(r.theirs.map((s) => s.cpu)).toFixed(2)} | ${median(r.theirs.map((s) => s.peakMb)).toFixed(0)} | ${(ow / Math.max(tw, 0.01)).toFixed(1)}× |`,
  );
}
console.log(
  `load average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (a loaded machine stretches every wall figure)`,
);
rmSync(root, { recursive: true, force: true });
