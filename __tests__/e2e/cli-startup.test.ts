// What `launchgate <gate>` loads: the built CLI, run with a module hook that records every file Node loads, must
// load the named gate's code and none of the other gates' (their load generators, HTTP clients, GitHub API), and
// a lint-only migration check must not load PGlite.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../helpers/run-action.js';

const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const GATES = [
  'secret-scan',
  'smoke-test',
  'latency-budget',
  'migration-check',
  'dns-check',
  'bundle-budget',
  'uptime',
];

/** Runs the CLI in `cwd`; returns its exit code, output and the dist/ files it loaded (relative to dist/). */
function runRecordingLoads(args: string[], cwd: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-startup-'));
  const hook = path.join(dir, 'record.mjs');
  const log = path.join(dir, 'loaded.txt');
  writeFileSync(log, '');
  writeFileSync(
    hook,
    `import { registerHooks } from 'node:module';
import { appendFileSync } from 'node:fs';
registerHooks({ load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); } });
`,
  );
  const r = spawnSync(process.execPath, ['--import', hook, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_DISABLE_COMPILE_CACHE: '1' },
  });
  const dist = path.join(ROOT, 'dist') + path.sep;
  const loaded = readFileSync(log, 'utf8')
    .split('\n')
    .filter((u) => u.startsWith('file:'))
    .map((u) => fileURLToPath(u))
    .filter((f) => f.startsWith(dist))
    .map((f) => f.slice(dist.length));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, loaded };
}

/** The npm packages bundled into the loaded files (esbuild marks each module with a `// node_modules/…` line). */
function packagesIn(files: string[]): Set<string> {
  const out = new Set<string>();
  for (const f of files)
    for (const m of readFileSync(path.join(ROOT, 'dist', f), 'utf8').matchAll(
      /^\/\/ node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\//gm,
    ))
      out.add(m[1]);
  return out;
}

describe('launchgate <gate> loads only that gate', () => {
  test('migration-check (lint only) loads its gate and the parser client, not the other gates, Octokit or PGlite', () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'lg-startup-mig-'));
    mkdirSync(path.join(cwd, 'migrations'));
    writeFileSync(path.join(cwd, 'migrations', '001_index.sql'), 'CREATE INDEX i ON t (a);\n');
    // A DO block's SQL is read by the engine process too (the PL/pgSQL parser is not loaded in this one).
    writeFileSync(path.join(cwd, 'migrations', '002_do.sql'), 'DO $$\nBEGIN\n  CREATE INDEX j ON t (b);\nEND $$;\n');
    const r = runRecordingLoads(['migration-check', '--apply', 'none', '--changed-only', 'false'], cwd);
    // The verdicts are still there: the indexes block writes.
    expect(r.stdout).toContain('migrations/001_index.sql:1');
    expect(r.stdout).toMatch(/migrations\/002_do\.sql:3 +error +require-concurrent-index/);
    expect(r.stdout).toContain('require-concurrent-index');
    expect(r.status).toBe(1);
    expect(r.loaded.some((f) => /^shared\/migration-check-[\w]+\.js$/.test(f))).toBe(true);
    for (const other of GATES.filter((g) => g !== 'migration-check'))
      expect(r.loaded.filter((f) => f.startsWith(`shared/${other}-`))).toEqual([]);
    const packages = packagesIn(r.loaded);
    expect(packages.has('zod')).toBe(true); // the inputs are parsed: the scan sees real bundle code
    for (const heavy of ['autocannon', 'undici', '@octokit', '@actions', '@electric-sql', 'libpg-query'])
      expect([...packages].filter((p) => p === heavy || p.startsWith(`${heavy}/`))).toEqual([]);
  });

  test('--version loads no gate', () => {
    const r = runRecordingLoads(['--version'], os.tmpdir());
    expect(r.stdout).toMatch(/^launchgate \d+\.\d+\.\d+/);
    for (const gate of GATES) expect(r.loaded.filter((f) => f.startsWith(`shared/${gate}-`))).toEqual([]);
    const packages = packagesIn(r.loaded);
    for (const heavy of ['autocannon', 'undici', '@octokit', '@electric-sql', 'libpg-query', 'yaml'])
      expect([...packages].filter((p) => p === heavy || p.startsWith(`${heavy}/`))).toEqual([]);
  });
});

describe('the compile cache', () => {
  const project = () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'lg-cache-mig-'));
    mkdirSync(path.join(cwd, 'migrations'));
    writeFileSync(path.join(cwd, 'migrations', '001_index.sql'), 'CREATE INDEX i ON t (a);\n');
    return cwd;
  };
  const run = (cwd: string, env: Record<string, string>) =>
    spawnSync(process.execPath, [CLI, 'migration-check', '--apply', 'none', '--changed-only', 'false'], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    });
  const verdict = (stdout: string) => stdout.replace(/, [\d.]+ s\)/, ')');

  test('is kept in a private folder under the temp dir, and the second run gives the same findings', () => {
    const cwd = project();
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'lg-cache-tmp-'));
    const first = run(cwd, { TMPDIR: tmp });
    const second = run(cwd, { TMPDIR: tmp });
    expect(first.stdout).toContain('require-concurrent-index');
    expect(verdict(second.stdout)).toBe(verdict(first.stdout));
    expect(second.status).toBe(1);
    const uid = process.getuid?.();
    const dir = path.join(tmp, `launchgate-compile-cache${uid === undefined ? '' : `-${uid}`}`);
    expect(readdirSync(dir).length).toBeGreaterThan(0);
  });

  test('a cache folder that cannot be written changes nothing', () => {
    const cwd = project();
    const blocked = mkdtempSync(path.join(os.tmpdir(), 'lg-cache-blocked-'));
    writeFileSync(path.join(blocked, 'file'), '');
    const plain = run(cwd, { NODE_DISABLE_COMPILE_CACHE: '1' });
    // NODE_COMPILE_CACHE under a file, and a file where the private folder would be: neither can be created.
    const uid = process.getuid?.();
    writeFileSync(path.join(blocked, `launchgate-compile-cache${uid === undefined ? '' : `-${uid}`}`), '');
    const envs: Record<string, string>[] = [
      { NODE_COMPILE_CACHE: path.join(blocked, 'file', 'cache') },
      { TMPDIR: blocked },
    ];
    for (const env of envs) {
      const r = run(cwd, env);
      expect(r.status).toBe(1);
      expect(verdict(r.stdout)).toBe(verdict(plain.stdout));
      expect(r.stderr).toBe(plain.stderr);
    }
  });
});

describe('the engine process the CLI starts ahead of the migration check', () => {
  /** Engine processes (dist/shared/migration-engine.js) whose working directory is `cwd`. */
  const enginesIn = (cwd: string) =>
    readdirSync('/proc')
      .filter((pid) => /^\d+$/.test(pid))
      .filter((pid) => {
        try {
          return (
            readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('migration-engine.js') &&
            realpathSync(`/proc/${pid}/cwd`) === realpathSync(cwd)
          );
        } catch {
          return false; // gone meanwhile, or not ours to read
        }
      });

  (existsSync('/proc/self/cwd') ? test : test.skip)(
    'is stopped when the check ends before using it (a usage error), and the CLI exits',
    () => {
      const cwd = mkdtempSync(path.join(os.tmpdir(), 'lg-early-'));
      const r = spawnSync(process.execPath, [CLI, 'migration-check', '--migrations', 'nothing/*.sql'], {
        cwd,
        encoding: 'utf8',
        timeout: 60_000,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
      });
      expect(r.signal).toBeNull(); // not stopped by the timeout: nothing kept the CLI alive
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('Input \'migrations\' got "nothing/*.sql"');
      expect(enginesIn(cwd)).toEqual([]);
    },
  );
});

describe('the bundles', () => {
  test("carry zod's English messages and none of its other locales (scripts/build.mjs)", () => {
    const shared = path.join(ROOT, 'dist', 'shared');
    const locales = new Set<string>();
    for (const f of readdirSync(shared).filter((n) => n.endsWith('.js')))
      for (const m of readFileSync(path.join(shared, f), 'utf8').matchAll(
        /^\/\/ node_modules\/zod\/v4\/locales\/(\w+)\.js$/gm,
      ))
        locales.add(m[1]);
    expect([...locales].sort()).toEqual(['en', 'index']);
  });
});
