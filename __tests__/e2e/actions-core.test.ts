import { describe, expect, test } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHECKS } from '../../src/checks/registry.js';
import { runAction, runCli } from '../helpers/run-action.js';

const ACTIONS = CHECKS.map((c) => c.name);

describe.each(ACTIONS)('%s bundle: bad input', (action) => {
  test('an unknown fail-on value is one clear error, exit 1, no stack trace', async () => {
    const run = await runAction(action, { inputs: { 'fail-on': 'sometimes', domain: 'example.com' } });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe(`Input 'fail-on' got "sometimes"; accepted: error, warning, never.`);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('dns-check bundle', () => {
  test('a missing required input names it', async () => {
    const run = await runAction('dns-check', {});
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0].message).toMatch(/^Input 'domain' is required/);
  });
});

describe('top-level action', () => {
  test('a malformed config is one error with file and line', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-main-'));
    writeFileSync(path.join(dir, 'launchgate.yml'), 'smoke:\n  base-url: http://127.0.0.1:1\n  retrys: 3\n');
    const run = await runAction('main', { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toHaveLength(1);
    expect(run.annotations[0].message).toBe(
      "launchgate.yml:3: unknown key 'smoke.retrys' (did you mean 'retries'?); smoke-test accepts: base-url, flows, urls, timeout-ms, retries, wait-for-ready, ca-file, alert-after, alert-issue, recheck-after-s, start-command, history, history-branch, fail-on, working-directory, github-token, pr-comment.",
    );
  });
  test('every config mistake is its own error annotation, with its line', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-main-'));
    writeFileSync(
      path.join(dir, 'launchgate.yml'),
      'smoke:\n  base-url: http://127.0.0.1:1\n  retrys: 3\ndsn:\n  domain: example.com\n',
    );
    const run = await runAction('main', { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => a.message.split(';')[0])).toEqual([
      "launchgate.yml:3: unknown key 'smoke.retrys' (did you mean 'retries'?)",
      "launchgate.yml:4: unknown section 'dsn' (did you mean 'dns'?)",
    ]);
  });
  test("a gate that fails at run time reports its own error; the others' findings stay", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-main-'));
    writeFileSync(path.join(dir, 'app.env'), 'AWS_ACCESS_KEY_ID=AKIAQ3EGRZQKTS4LEJXB\n');
    writeFileSync(
      path.join(dir, 'launchgate.yml'),
      'secrets:\n  mode: tree\n  paths: app.env\nsmoke:\n  base-url: http://127.0.0.1:1\n  flows: missing.yml\n',
    );
    const run = await runAction('main', { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain('app.env');
    expect(run.summary).toMatch(/could-not-check[^\n]*missing\.yml/);
    expect(run.annotations.some((a) => a.file === 'app.env' && a.level === 'error')).toBe(true);
    expect(run.everything).not.toContain('AKIAQ3EGRZQKTS4LEJXB');
    const cli = await runCli(['run'], { cwd: dir });
    expect(cli.exitCode).toBe(1);
    expect(cli.stdout).toMatch(/^app\.env:1/m);
    expect(cli.stdout).toMatch(/could-not-check[^\n]*missing\.yml/);
  });
  test('a missing config file is named', async () => {
    const run = await runAction('main', { inputs: { config: 'nope.yml' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0].message).toBe('Cannot read nope.yml: no such file');
  });
});

describe('CLI', () => {
  test('usage errors exit 2 with a suggestion', async () => {
    const r = await runCli(['smoke-test', '--timeout', '5']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/Unknown flag --timeout for 'launchgate smoke-test' \(did you mean --timeout-ms\?\)/);
    const bad = await runCli(['dns-check', '--domain', 'example.com', '--fail-on', 'x']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain(`Flag --fail-on got "x"; accepted: error, warning, never.`);
    const broken = mkdtempSync(path.join(os.tmpdir(), 'lg-cli-cfg-'));
    writeFileSync(path.join(broken, 'launchgate.yml'), 'dns:\n  domain: [a\n');
    const cfg = await runCli(['run'], { cwd: broken });
    expect(cfg.exitCode).toBe(2);
    expect(cfg.stderr).toMatch(/^launchgate: launchgate.yml:\d+: invalid YAML/);
    expect(cfg.stderr.trim().split('\n')).toHaveLength(1);
  });
  test('help exits 0 and lists every check', async () => {
    const r = await runCli(['--help']);
    expect(r.exitCode).toBe(0);
    for (const a of ACTIONS) expect(r.stdout).toContain(a);
  });
});

describe('sticky pull-request comment', () => {
  test('created once, then updated in place; a 403 is only a warning', async () => {
    const comments: { id: number; body: string; user: { login: string } }[] = [];
    const calls: string[] = [];
    let forbid = false;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        calls.push(`${req.method} ${req.url}`);
        res.setHeader('content-type', 'application/json');
        if (forbid) {
          res.statusCode = 403;
          res.end(JSON.stringify({ message: 'Resource not accessible by integration' }));
          return;
        }
        if (req.method === 'GET' && req.url === '/user') return res.end(JSON.stringify({ login: 'launchgate-bot' }));
        if (req.method === 'GET') return res.end(JSON.stringify(comments));
        const parsed = JSON.parse(body);
        if (req.method === 'POST') {
          comments.push({ id: comments.length + 1, body: parsed.body, user: { login: 'launchgate-bot' } });
          res.statusCode = 201;
          return res.end(JSON.stringify(comments.at(-1)));
        }
        const id = Number(req.url!.split('/').pop());
        comments.find((c) => c.id === id)!.body = parsed.body;
        res.end(JSON.stringify({ id }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const opts = {
      inputs: { apply: 'none', 'pr-comment': 'true', 'github-token': 'ghs_faketoken1234567890' },
      eventName: 'pull_request',
      event: { pull_request: { number: 7 } },
      env: { GITHUB_API_URL: api },
    };
    try {
      const first = await runAction('migration-check', opts);
      const second = await runAction('migration-check', opts);
      expect(comments).toHaveLength(1);
      expect(comments[0].body).toContain('<!-- launchgate:migration-check -->');
      expect(calls.filter((c) => c.startsWith('POST'))).toHaveLength(1);
      expect(calls.filter((c) => c.startsWith('PATCH /repos/acme/ops-app/issues/comments/1'))).toHaveLength(1);
      for (const run of [first, second]) expect(run.everything).not.toContain('ghs_faketoken1234567890');
      forbid = true;
      const third = await runAction('migration-check', opts);
      expect(
        third.annotations.some(
          (a) => a.level === 'warning' && /Could not post the pull-request comment/.test(a.message),
        ),
      ).toBe(true);
    } finally {
      server.close();
    }
  });
});
