import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, runCli } from '../helpers/run-action.js';

describe('CLI help for every command', () => {
  test.each([
    ['run', /launchgate run — every gate configured in launchgate\.yml/],
    ['init', /launchgate init — write a starter launchgate\.yml/],
    ['demo', /launchgate demo — start examples\/ops-app/],
  ])('%s --help prints its help, exits 0 and does nothing else', async (command, expected) => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'lg-help-'));
    for (const flag of ['--help', '-h']) {
      const r = await runCli([command, flag], { cwd });
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toMatch(expected);
      expect(r.stderr).toBe('');
    }
  });

  test('an unknown flag of demo is a usage error, and runs nothing', async () => {
    const r = await runCli(['demo', '--fast'], { cwd: mkdtempSync(path.join(os.tmpdir(), 'lg-help-')) });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("Unknown flag --fast for 'launchgate demo'");
  });
});

describe('a working directory that does not exist', () => {
  test('is a usage error (exit 2) naming the flag, never a could-not-check', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'lg-wd-'));
    const r = await runCli(['secret-scan', '--mode', 'tree', '--working-directory', path.join(cwd, 'missing')], {
      cwd,
    });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("Flag --working-directory: '");
    expect(r.stderr).toContain('is not a folder that exists');
  });
});

describe('list flags', () => {
  let app: ChildProcess;
  let url: string;
  beforeAll(async () => {
    // ops-app in its own process, as a real app runs.
    app = spawn(process.execPath, [path.join(ROOT, 'examples/ops-app/main.js'), '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    url = await new Promise<string>((resolve) => {
      let out = '';
      app.stdout!.on('data', (d) => {
        out += d;
        const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
        if (m) resolve(m[0]);
      });
    });
  });
  afterAll(() => {
    app.kill();
  });

  test('--urls "/,/health" is two URLs; a repeated flag adds one more', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'lg-urls-'));
    const r = await runCli(
      ['smoke-test', '--base-url', url, '--urls', '/,/health', '--urls', '/api/orders', '--format', 'json'],
      { cwd },
    );
    const report = JSON.parse(r.stdout);
    const steps = report.sections.find((s: any) => s.title === 'Steps').markdown;
    expect(steps).toMatch(/\| quick check \| \/ \| 200 \|/);
    expect(steps).toMatch(/\| quick check \| \/health \| 200 \|/);
    expect(steps).toMatch(/\| quick check \| \/api\/orders \| 401 \|/);
    expect(report.metrics.passed).toBe(2);
    expect(report.metrics.failed).toBe(1);
  });
});

describe('the live progress line on a terminal', () => {
  test('never runs into a log line: each log line starts at the left margin', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-tty-'));
    cpSync(path.join(ROOT, 'examples/ops-app'), dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'launchgate.yml'),
      'secrets:\n  mode: tree\nmigrations:\n  migrations: migrations/*.sql\n  apply: none\ndns:\n  domain: ops.example.com\n  zone-file: ops.example.com.zone\n  dkim-selectors: mail\n',
    );
    execFileSync('git', ['init', '-q'], { cwd: dir });
    // util-linux `script` gives the CLI a real pseudo-terminal, as a user's shell does.
    const cli = `${process.execPath} ${path.join(ROOT, 'dist/cli/index.js')} run`;
    const child = spawn('script', ['-qfec', cli, '/dev/null'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: dir, TERM: 'xterm', RUNNER_TEMP: dir, LAUNCHGATE_DEBUG: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out).toContain('running: ');
    const logLines = out.split(/\r?\n/).filter((l) => /\[(secrets|migrations|dns)\]/.test(l));
    expect(logLines.length).toBeGreaterThan(0);
    // What a terminal shows of each line: the text after the last "clear line".
    for (const line of logLines) expect(line.split('\r\x1b[2K').pop()).toMatch(/^\[(secrets|migrations|dns)\] /);
  }, 60000);
});
