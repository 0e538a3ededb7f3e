import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT, runAction } from '../helpers/run-action.js';
import { startOpsAppProcess } from '../helpers/ops-app-process.js';
import { OPS_PASSWORD, closedPort } from '../helpers/servers.js';

let app: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  app = await startOpsAppProcess();
});
afterAll(async () => {
  await app.close();
});

const SHORT = { 'duration-s': '0.6', rounds: '2', 'warmup-s': '0', connections: '2' };

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-latency-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('latency-budget bundle', () => {
  test('a 20 ms route passes a 400 ms budget, a 900 ms route fails it on its own line', async () => {
    // Budgets hold on a loaded machine: the fast route has 380 ms of headroom, the slow one cannot be under 900 ms
    // (a request still waiting when a 1.5 s round ends counts at its elapsed time, at least 600 ms).
    const dir = workspace({
      'latency.yml': [
        'routes:',
        '  - name: fast',
        '    path: /delay/20',
        '  - name: slow',
        '    path: /delay/900',
        '',
      ].join('\n'),
    });
    const run = await runAction('latency-budget', {
      cwd: dir,
      inputs: { ...SHORT, 'duration-s': '3', 'base-url': app.url, routes: 'latency.yml', 'budget-p95-ms': '400' },
    });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error' && a.file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'latency.yml', line: 4 });
    expect(errors[0].title).toMatch(/^latency-p95-over-budget: slow p95 \d+(\.\d+)? ms > 400 ms$/);
    const p95 = JSON.parse(run.outputs.p95);
    expect(p95.fast).toBeGreaterThanOrEqual(20);
    expect(p95.fast).toBeLessThan(400);
    expect(p95.slow).toBeGreaterThanOrEqual(600);
    expect(run.summary).toContain('| fast |');
    expect(run.summary).toContain('xychart-beta');
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'));
    expect(report.metrics.routes.slow.rounds).toHaveLength(2);
    expect(report.metrics.routes.fast.p99).toBeGreaterThanOrEqual(report.metrics.routes.fast.p50);
  });

  test('an error-rate gate: a route answering 500s fails and stops early', async () => {
    const run = await runAction('latency-budget', {
      inputs: { ...SHORT, 'base-url': app.url, routes: 'routes:\n  - name: broken\n    path: /error\n' },
    });
    expect(run.exitCode).toBe(1);
    const err = run.annotations.find((a) => a.title?.startsWith('latency-error-rate'))!;
    expect(err.message).toMatch(
      /^100\.0 % of requests failed \(\d+ × HTTP 500\); at most 1\.0 % is allowed\. Load stopped early/,
    );
  });

  test('a baseline with a much faster p95 makes a regression warning; regression-fails makes it an error', async () => {
    const baseline = { metrics: { routes: { fast: { p95: 5, rounds: [5, 5.2] } } } };
    const dir = workspace({
      'baseline.json': JSON.stringify(baseline),
      'latency.yml': 'routes:\n  - name: fast\n    path: /delay/20\n',
    });
    const run = await runAction('latency-budget', {
      cwd: dir,
      inputs: { ...SHORT, 'base-url': app.url, routes: 'latency.yml', baseline: 'baseline.json' },
    });
    expect(run.exitCode).toBe(0);
    const warn = run.annotations.find((a) => a.title?.startsWith('latency-p95-regression'))!;
    expect(warn).toMatchObject({ level: 'warning', file: 'latency.yml', line: 2 });
    expect(warn.message).toMatch(/beyond the 20 % margin/);
    expect(run.summary).toMatch(/\| fast \| .* \| 5 ms \| \+\d+ % \|/);
    const strict = await runAction('latency-budget', {
      cwd: dir,
      inputs: {
        ...SHORT,
        'base-url': app.url,
        routes: 'latency.yml',
        baseline: 'baseline.json',
        'regression-fails': 'true',
      },
    });
    expect(strict.exitCode).toBe(1);
    // (A 20 ms route cannot answer faster than 20 ms, so this regression holds on any machine; "no regression when
    // nothing changed" depends on the machine's noise and is measured by npm run bench:latency, not asserted here.)
  });

  test('a setup login captures the token for the route; a failing login names the route and the status', async () => {
    const routes = (password: string) =>
      [
        'routes:',
        '  - name: orders',
        '    path: /api/orders',
        '    headers: { Authorization: "Bearer ${token}" }',
        '    setup:',
        '      request: { method: POST, url: /api/login, json: { email: ops@example.com, password: "' +
          password +
          '" } }',
        '      expect: { status: 200 }',
        '      capture: { token: "$.token" }',
        '',
      ].join('\n');
    const ok = await runAction('latency-budget', {
      inputs: { ...SHORT, 'base-url': app.url, routes: routes('${env.SMOKE_PASSWORD}') },
      env: { SMOKE_PASSWORD: OPS_PASSWORD },
    });
    expect(ok.exitCode).toBe(0);
    expect(ok.everything).not.toContain(OPS_PASSWORD);
    const token = /::add-mask::([0-9a-f]{32})/.exec(ok.stdout)?.[1];
    expect(token).toBeDefined();
    expect(ok.everything).not.toContain(token!);
    const bad = await runAction('latency-budget', {
      inputs: { ...SHORT, 'base-url': app.url, routes: routes('wrong-password-123') },
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations[0].message).toMatch(
      /^setup login for route 'orders' failed with HTTP 401: status: expected 200, got 401/,
    );
  });

  test('a setup login redirected with its body to another origin fails that route as setup-failed; nothing is sent there', async () => {
    const received: string[] = [];
    const other = http.createServer((req, res) => {
      received.push(`${req.method} ${req.url}`);
      res.end('{"token":"x"}');
    });
    const login = http.createServer((req, res) => {
      res.writeHead(307, { location: `http://127.0.0.1:${(other.address() as AddressInfo).port}/steal` });
      res.end();
    });
    await Promise.all([other, login].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))));
    try {
      const routes = [
        'routes:',
        '  - name: orders',
        '    path: /api/orders',
        '    setup:',
        '      request: { method: POST, url: /api/login, json: { password: "${env.SMOKE_PASSWORD}" } }',
        '',
      ].join('\n');
      const run = await runAction('latency-budget', {
        inputs: { ...SHORT, 'base-url': `http://127.0.0.1:${(login.address() as AddressInfo).port}`, routes },
        env: { SMOKE_PASSWORD: OPS_PASSWORD },
      });
      expect(run.exitCode).toBe(1);
      const err = run.annotations.find((a) => a.level === 'error')!;
      expect(err.title).toMatch(/^latency-setup-failed: /);
      expect(err.message).toMatch(/^setup login for route 'orders' failed: /);
      expect(received).toEqual([]);
      expect(run.everything).not.toContain(OPS_PASSWORD);
    } finally {
      await Promise.all([other, login].map((s) => new Promise((r) => s.close(r))));
    }
  });

  test('start-command starts the app, waits for ready-url, and stops it', async () => {
    const port = await closedPort();
    const run = await runAction('latency-budget', {
      cwd: ROOT,
      inputs: {
        ...SHORT,
        'base-url': `http://127.0.0.1:${port}`,
        routes: 'routes:\n  - name: health\n    path: /health\n',
        'start-command': `node examples/ops-app/main.js ${port}`,
        'ready-url': `http://127.0.0.1:${port}/health`,
      },
    });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.p95).health).toBeGreaterThan(0);
    const after = await fetch(`http://127.0.0.1:${port}/health`).then(
      () => 'up',
      () => 'down',
    );
    expect(after).toBe('down');
  });
});

describe('latency-budget bad input', () => {
  test('an unreachable base-url fails fast with the cause and sends no load', async () => {
    const port = await closedPort();
    const run = await runAction('latency-budget', {
      inputs: { 'base-url': `http://127.0.0.1:${port}`, routes: 'routes:\n  - name: home\n    path: /\n' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0].message).toBe(
      `127.0.0.1:${port}: connection refused (connect ECONNREFUSED 127.0.0.1:${port}); no load was sent.`,
    );
    expect(run.stdout).not.toMatch(/home: \d+ requests/);
  });

  test('a bad routes file is one error with its line', async () => {
    const dir = workspace({ 'latency.yml': 'routes:\n  - name: a\n    path: /\n    budget-p95-ms: fast\n' });
    const run = await runAction('latency-budget', { cwd: dir, inputs: { 'base-url': app.url, routes: 'latency.yml' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toHaveLength(1);
    expect(run.annotations[0].message).toMatch(/^latency.yml:4: routes.0.budget-p95-ms: /);
    const missing = await runAction('latency-budget', {
      cwd: dir,
      inputs: { 'base-url': app.url, routes: 'nope.yml' },
    });
    expect(missing.annotations[0].message).toBe(
      "Input 'routes': cannot read nope.yml (no such file); give a routes YAML file or inline YAML.",
    );
    const rate = await runAction('latency-budget', {
      cwd: dir,
      inputs: { 'base-url': app.url, routes: 'latency.yml', rate: 'lots' },
    });
    expect(rate.annotations[0].message).toBe(
      `Input 'rate' got "lots"; accepted: a number from 0.1 to 100000, or unlimited.`,
    );
  });
});

describe('latency-budget start-command and baseline pitfalls', () => {
  test('a missing baseline file is a notice, not an error', async () => {
    const run = await runAction('latency-budget', {
      inputs: {
        ...SHORT,
        'base-url': app.url,
        routes: 'routes:\n  - name: home\n    path: /health\n',
        baseline: 'nope.json',
      },
    });
    expect(run.exitCode).toBe(0);
    const notice = run.annotations.find((a) => a.title?.startsWith('latency-no-baseline'));
    expect(notice).toMatchObject({ level: 'notice' });
    expect(notice?.message).toMatch(/^nope\.json does not exist yet/);
  });

  test('another server on the port fails before the app is started', async () => {
    const port = Number(new URL(app.url).port);
    const run = await runAction('latency-budget', {
      cwd: ROOT,
      inputs: {
        ...SHORT,
        'base-url': app.url,
        routes: 'routes:\n  - name: health\n    path: /health\n',
        'start-command': `node examples/ops-app/main.js ${port}`,
      },
    });
    expect(run.exitCode).toBe(1);
    const err = run.annotations.find((a) => a.title?.startsWith('latency-app-not-ready'));
    expect(err?.message).toMatch(/^127\.0\.0\.1:\d+ already answers before start-command ran/);
    expect(run.stdout).not.toMatch(/health: \d+ requests/);
  });

  test('an app that exits during the load fails the gate', async () => {
    const dir = workspace({
      'app.cjs':
        "require('http').createServer((q, r) => r.end('ok')).listen(Number(process.argv[2]), '127.0.0.1');\n" +
        'setTimeout(() => process.exit(5), 1500);\n',
    });
    const port = await closedPort();
    const run = await runAction('latency-budget', {
      cwd: dir,
      inputs: {
        ...SHORT,
        'duration-s': '3',
        'base-url': `http://127.0.0.1:${port}`,
        routes: 'routes:\n  - name: a\n    path: /\n  - name: b\n    path: /\n',
        'start-command': `exec node app.cjs ${port}`,
      },
    });
    expect(run.exitCode).toBe(1);
    const err = run.annotations.find((a) => a.title?.startsWith('latency-app-exited'));
    expect(err?.message).toMatch(/^The app of start-command exited with code 5 while 'a' was loaded/);
  });
});
