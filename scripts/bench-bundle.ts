// npm run bench:bundle — about 50 MB of real JavaScript (the .js/.mjs/.cjs files of the largest packages under
// node_modules, copied into a temporary folder), every file measured in brotli and in gzip, by launchgate's bundled
// action (dist/bundle-budget/index.js, process start included) and by size-limit with @size-limit/file (installed on
// first use into node_modules/.cache/peers), in the same run, on the same files. Both must report the same bytes.
// Wall time and peak memory (maximum resident set size) come from /usr/bin/time when it is there.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const TARGET_BYTES = Number(process.argv[2] ?? 50) * 1e6;
const SIZE_LIMIT = '14.3.0';

function peerSizeLimit(): string {
  const prefix = path.resolve('node_modules/.cache/peers', `size-limit-${SIZE_LIMIT}`);
  const bin = path.join(prefix, 'node_modules', '.bin', 'size-limit');
  if (!existsSync(bin)) {
    console.error(`installing size-limit@${SIZE_LIMIT} and @size-limit/file into ${prefix} …`);
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-audit',
        '--no-fund',
        `size-limit@${SIZE_LIMIT}`,
        `@size-limit/file@${SIZE_LIMIT}`,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
  return bin;
}

/** JavaScript files of the largest packages first, until the target is reached; files over 2 MB are left out. */
function collect(): { files: string[]; bytes: number } {
  const root = path.resolve('node_modules');
  const packages: { dir: string; bytes: number }[] = [];
  const sizeOf = (dir: string, files: string[] = []): string[] => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && e.name !== '.cache') sizeOf(p, files);
      else if (e.isFile() && /\.(c|m)?js$/.test(e.name) && statSync(p).size < 2e6) files.push(p);
    }
    return files;
  };
  const byPackage = new Map<string, string[]>();
  for (const name of readdirSync(root)) {
    if (name.startsWith('.')) continue;
    const dirs = name.startsWith('@') ? readdirSync(path.join(root, name)).map((n) => path.join(name, n)) : [name];
    for (const d of dirs) byPackage.set(d, sizeOf(path.join(root, d)));
  }
  for (const [dir, files] of byPackage) packages.push({ dir, bytes: files.reduce((s, f) => s + statSync(f).size, 0) });
  packages.sort((a, b) => b.bytes - a.bytes);
  const files: string[] = [];
  let bytes = 0;
  for (const p of packages) {
    for (const f of byPackage.get(p.dir)!.sort()) {
      if (bytes >= TARGET_BYTES) break;
      files.push(f);
      bytes += statSync(f).size;
    }
    if (bytes >= TARGET_BYTES) break;
  }
  return { files, bytes };
}

interface Timed {
  seconds: number;
  maxRssMb?: number;
  stdout: string;
  stderr: string;
  status: number | null;
}

function timed(command: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Timed {
  const useTime = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = spawnSync(useTime ? '/usr/bin/time' : command, useTime ? ['-f', 'LGMAXRSS %M', command, ...args] : args, {
    ...opts,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - t0) / 1000;
  const m = /LGMAXRSS (\d+)/.exec(r.stderr);
  return {
    seconds,
    maxRssMb: m ? Number(m[1]) / 1024 : undefined,
    stdout: r.stdout,
    stderr: r.stderr,
    status: r.status,
  };
}

const sizeLimit = peerSizeLimit();
const { files, bytes } = collect();
const work = mkdtempSync(path.join(os.tmpdir(), 'lg-bench-bundle-'));
for (const [i, f] of files.entries()) {
  // Flat names: no node_modules or dot segments, which the two tools' globs treat differently.
  const dest = path.join(work, 'files', String(Math.floor(i / 500)), `${i}-${path.basename(f)}`);
  mkdirSync(path.dirname(dest), { recursive: true });
  cpSync(f, dest);
}
console.error(`${files.length} files, ${(bytes / 1e6).toFixed(1)} MB of JavaScript in ${work}`);

// size-limit: one check per compression over every file.
writeFileSync(
  path.join(work, 'package.json'),
  JSON.stringify({
    name: 'bench',
    private: true,
    // size-limit loads the plugins the project depends on, from its node_modules (linked to the peer install).
    devDependencies: { 'size-limit': SIZE_LIMIT, '@size-limit/file': SIZE_LIMIT },
    'size-limit': [
      { name: 'brotli', path: 'files/**/*.{js,mjs,cjs}', brotli: true },
      { name: 'gzip', path: 'files/**/*.{js,mjs,cjs}', gzip: true },
    ],
  }),
);
symlinkSync(path.resolve(path.dirname(sizeLimit), '..'), path.join(work, 'node_modules'));
// launchgate: the same two entries, through the bundled action as a workflow step runs it.
const budgets = [
  'budgets:',
  '  - name: brotli',
  '    path: files/**/*.{js,mjs,cjs}',
  '    limit: 1 GB',
  '  - name: gzip',
  '    path: files/**/*.{js,mjs,cjs}',
  '    limit: 1 GB',
  '    compression: gzip',
  '',
].join('\n');
const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'lg-bench-bundle-run-'));
const env = {
  PATH: process.env.PATH ?? '',
  GITHUB_OUTPUT: path.join(runnerTemp, 'out'),
  GITHUB_STEP_SUMMARY: path.join(runnerTemp, 'summary'),
  RUNNER_TEMP: runnerTemp,
  GITHUB_WORKSPACE: work,
  INPUT_BUDGETS: budgets,
};
writeFileSync(env.GITHUB_OUTPUT, '');
writeFileSync(env.GITHUB_STEP_SUMMARY, '');

const order = process.argv.includes('--size-limit-first') ? ['size-limit', 'launchgate'] : ['launchgate', 'size-limit'];
const results: Record<string, { t: Timed; brotli: number; gzip: number }> = {};
for (const tool of order) {
  if (tool === 'launchgate') {
    const t = timed(process.execPath, [path.resolve('dist/bundle-budget/index.js')], { cwd: work, env });
    const out = readFileSync(env.GITHUB_OUTPUT, 'utf8');
    const m = /sizes<<(\S+)\n(.*)\n/.exec(out);
    if (!m) throw new Error(`launchgate wrote no sizes output:\n${t.stdout}\n${t.stderr}`);
    const sizes = JSON.parse(m[2]);
    results.launchgate = { t, brotli: sizes.brotli, gzip: sizes.gzip };
  } else {
    const t = timed(process.execPath, [sizeLimit, '--json'], { cwd: work, env: { PATH: process.env.PATH ?? '' } });
    const json = JSON.parse(t.stdout) as { name: string; size: number }[];
    results['size-limit'] = {
      t,
      brotli: json.find((c) => c.name === 'brotli')!.size,
      gzip: json.find((c) => c.name === 'gzip')!.size,
    };
  }
}

const version = JSON.parse(
  readFileSync(path.join(path.dirname(sizeLimit), '..', 'size-limit', 'package.json'), 'utf8'),
).version;
console.log(
  `## ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB of JavaScript, each in brotli (quality 11) and gzip (level 9); ${os.availableParallelism()} cores`,
);
console.log('| tool | time (s) | MB/s of input | peak memory (MB) | brotli bytes | gzip bytes |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, label] of [
  ['launchgate', 'launchgate bundle-budget (bundled action, worker pool, process start included)'],
  ['size-limit', `size-limit ${version} + @size-limit/file (process start included)`],
] as const) {
  const r = results[name];
  console.log(
    `| ${label} | ${r.t.seconds.toFixed(2)} | ${(bytes / 1e6 / r.t.seconds).toFixed(2)} | ${r.t.maxRssMb?.toFixed(0) ?? '—'} | ${r.brotli} | ${r.gzip} |`,
  );
}
const same =
  results.launchgate.brotli === results['size-limit'].brotli && results.launchgate.gzip === results['size-limit'].gzip;
console.log(
  same
    ? '\nBoth report the same bytes.'
    : `\nThe sizes differ: launchgate ${results.launchgate.brotli}/${results.launchgate.gzip}, size-limit ${results['size-limit'].brotli}/${results['size-limit'].gzip}.`,
);
console.log(
  `launchgate is ${(results['size-limit'].t.seconds / results.launchgate.t.seconds).toFixed(2)}× size-limit's speed.`,
);
if (!same) process.exitCode = 1;
