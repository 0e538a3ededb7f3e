import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer as createHttpsServer } from 'node:https';
import { createServer } from 'node:http';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT, runAction, runCli } from '../helpers/run-action.js';
import { startOpsAppProcess } from '../helpers/ops-app-process.js';
import { OPS_PASSWORD, closedPort, listen } from '../helpers/servers.js';
import { TestCA } from '../helpers/test-ca.js';

const FLOWS = path.join(ROOT, 'examples/ops-app/smoke.yml');
let app: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  app = await startOpsAppProcess();
});
afterAll(async () => {
  await app.close();
});

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-smoke-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The 1-based line of the first line containing `needle` in a file. */
function lineOf(file: string, needle: string): number {
  return (
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(needle)) + 1
  );
}

/**
 * The example flows with their time budgets (max-ms, max-duration-ms) raised tenfold: their logic is tested here on
 * a machine that may be busy; the budgets themselves are the demo's. Same lines as the example.
 */
function exampleWithRoomyBudgets(): string {
  const dir = workspace({
    'smoke.yml': readFileSync(FLOWS, 'utf8').replace(
      /(max-ms|max-duration-ms): (\d+)/g,
      (_m, key: string, ms: string) => `${key}: ${Number(ms) * 10}`,
    ),
  });
  return dir;
}

describe('smoke-test bundle against the ops app', () => {
  test('the example flows pass: home page, login, create, approve, list', async () => {
    const run = await runAction('smoke-test', {
      cwd: exampleWithRoomyBudgets(),
      inputs: { 'base-url': app.url, flows: 'smoke.yml' },
      env: { SMOKE_PASSWORD: OPS_PASSWORD },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe('pass');
    expect(run.outputs.passed).toBe('7');
    expect(run.outputs.failed).toBe('0');
    expect(Number(run.outputs['duration-ms'])).toBeGreaterThan(0);
    expect(run.summary).toContain('| login and list orders | sign in | 200 |');
    expect(run.summary).toContain('✅ within 20000 ms');
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'));
    expect(report.metrics.flows.map((f: any) => f.ok)).toEqual([true, true, true]);
  });

  test('a wrong password fails on the sign-in step line, and no secret leaks anywhere', async () => {
    const wrong = 'not-the-password-1234';
    const run = await runAction('smoke-test', {
      cwd: exampleWithRoomyBudgets(),
      inputs: { 'base-url': app.url, flows: 'smoke.yml' },
      env: { SMOKE_PASSWORD: wrong },
    });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error' && a.file);
    expect(errors[0].file).toBe('smoke.yml');
    expect(errors[0].line).toBe(lineOf(FLOWS, '- name: sign in'));
    expect(errors[0].message).toMatch(/status: expected 200, got 401/);
    expect(errors[0].message).toContain('wrong email or password');
    expect(run.stdout).toContain(`::add-mask::${wrong}`);
    expect(run.everything).not.toContain(wrong);
    expect(run.outputs.failed).toBe('2');
  });

  test('captured tokens and env passwords are masked in every output', async () => {
    const flows = {
      flows: [
        {
          name: 'echo',
          steps: [
            {
              name: 'sign in',
              request: {
                method: 'POST',
                url: '/api/login',
                json: { email: 'ops@example.com', password: '${env.SMOKE_PASSWORD}' },
              },
              capture: { token: '$.token' },
            },
            {
              name: 'leaks the token in a failure',
              request: { method: 'GET', url: '/api/orders', headers: { Authorization: 'Bearer ${token}' } },
              expect: { 'body-contains': 'never there' },
            },
          ],
        },
      ],
    };
    const dir = workspace({ 'smoke.yml': JSON.stringify(flows) });
    const run = await runAction('smoke-test', {
      cwd: dir,
      inputs: { 'base-url': app.url, flows: 'smoke.yml' },
      env: { SMOKE_PASSWORD: OPS_PASSWORD },
    });
    expect(run.exitCode).toBe(1);
    const token = /::add-mask::([0-9a-f]{32})/.exec(run.stdout)?.[1];
    expect(token).toBeDefined();
    expect(run.everything).not.toContain(token!);
    expect(run.everything).not.toContain(OPS_PASSWORD);
  });

  test('a slow route times out with a clear cause, and retries that recover pass', async () => {
    const dir = workspace({
      'smoke.yml': [
        'flows:',
        '  - name: slow',
        '    steps:',
        '      - name: too slow',
        '        request: { url: /slow?ms=3000 }',
        '  - name: flaky',
        '    steps:',
        '      - name: recovers on the third try',
        '        request: { url: "/flaky?key=k1&fail=2" }',
        '        expect: { json: { "$.attempt": 3 } }',
      ].join('\n'),
    });
    const run = await runAction('smoke-test', {
      cwd: dir,
      inputs: { 'base-url': app.url, flows: 'smoke.yml', 'timeout-ms': '300', retries: '2' },
    });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error' && a.file);
    expect(errors).toHaveLength(1);
    expect(errors[0].line).toBe(4);
    expect(errors[0].title).toBe('smoke-unreachable: slow › too slow');
    expect(errors[0].message).toMatch(/^127\.0\.0\.1:\d+: timed out/);
    expect(run.summary).toContain('| flaky | recovers on the third try | 200 |');
  });

  test('quick URL checks: 2xx and same-site redirects pass, another site or 5xx fails', async () => {
    const run = await runAction('smoke-test', {
      inputs: { 'base-url': app.url, urls: '/\n/old\n/elsewhere\n/error', retries: '0' },
    });
    expect(run.exitCode).toBe(1);
    const messages = run.annotations
      .filter((a) => a.level === 'error' && a.title?.startsWith('smoke-url-failed'))
      .map((a) => `${a.title} ${a.message}`);
    expect(messages).toEqual([
      'smoke-url-failed: Quick check /elsewhere HTTP 302 to another site: https://other-site.example.net',
      'smoke-url-failed: Quick check /error HTTP 500',
    ]);
    expect(run.outputs.passed).toBe('2');
  });

  test('an unreachable host names the host and the cause', async () => {
    const port = await closedPort();
    const run = await runAction('smoke-test', {
      inputs: { 'base-url': `http://127.0.0.1:${port}`, urls: '/', retries: '1' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0].message).toBe(
      `127.0.0.1:${port}: connection refused (connect ECONNREFUSED 127.0.0.1:${port})`,
    );
  });

  test('a huge body is read only up to the bound', async () => {
    const dir = workspace({
      'smoke.yml':
        'flows:\n  - name: big\n    steps:\n      - name: five MiB\n        request: { url: /big }\n        expect: { body-contains: "needle" }\n',
    });
    const run = await runAction('smoke-test', { cwd: dir, inputs: { 'base-url': app.url, flows: 'smoke.yml' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0].message).toMatch(
      /body: expected to contain "needle". Got HTTP 200 in \d+ ms. Body: "x{300}…"/,
    );
  });

  test('wait-for-ready polls until the app answers', async () => {
    const server = createServer((_req, res) => res.end('ok'));
    const port = await closedPort();
    setTimeout(() => server.listen(port, '127.0.0.1'), 1500);
    try {
      const run = await runAction('smoke-test', {
        inputs: { 'base-url': `http://127.0.0.1:${port}`, urls: '/', 'wait-for-ready': '20', retries: '0' },
      });
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toMatch(/answered after \d/);
    } finally {
      server.close();
    }
  });

  test('recheck: a failure that recovers on the recheck passes with a flaky warning', async () => {
    const dir = workspace({
      'smoke.yml':
        'flows:\n  - name: flaky\n    steps:\n      - name: fails once\n        request: { url: "/flaky?key=recheck&fail=1" }\n',
    });
    const run = await runAction('smoke-test', {
      cwd: dir,
      inputs: { 'base-url': app.url, flows: 'smoke.yml', retries: '0', 'recheck-after-s': '1' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.annotations.map((a) => a.title)).toContain('smoke-flaky: Passed on recheck');
    expect(run.summary).toContain('| first | flaky | fails once | 503 |');
    expect(run.summary).toContain('| recheck | flaky | fails once | 200 |');
  });
});

describe('smoke-test over HTTPS with a private CA', () => {
  test('trusted through ca-file; refused without it', async () => {
    const ca = new TestCA();
    const leaf = ca.issue(['localhost', '127.0.0.1']);
    const server = createHttpsServer({ key: leaf.key, cert: leaf.cert }, (_req, res) => res.end('hello'));
    const url = (await listen(server as any)).replace('http:', 'https:');
    const dir = workspace({ 'ca.pem': ca.pem });
    try {
      const trusted = await runAction('smoke-test', {
        cwd: dir,
        inputs: { 'base-url': url, urls: '/', 'ca-file': 'ca.pem', retries: '0' },
      });
      expect(trusted.exitCode).toBe(0);
      const untrusted = await runAction('smoke-test', {
        cwd: dir,
        inputs: { 'base-url': url, urls: '/', retries: '0' },
      });
      expect(untrusted.exitCode).toBe(1);
      expect(untrusted.annotations[0].message).toMatch(/TLS error/);
    } finally {
      server.close();
    }
  });
});

describe('smoke-test bad input', () => {
  test('a missing env variable is an error before any request', async () => {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.end();
    });
    const url = await listen(server);
    try {
      const run = await runAction('smoke-test', {
        cwd: ROOT,
        inputs: { 'base-url': url, flows: 'examples/ops-app/smoke.yml' },
      });
      expect(run.exitCode).toBe(1);
      expect(run.annotations).toHaveLength(1);
      expect(run.annotations[0].message).toBe(
        'examples/ops-app/smoke.yml: environment variable(s) used by the file: SMOKE_PASSWORD is not set. No request was sent.',
      );
      expect(hits).toBe(0);
    } finally {
      server.close();
    }
  });

  test('a malformed flow file is one error with its line', async () => {
    const dir = workspace({
      'smoke.yml': 'flows:\n  - name: a\n    steps:\n      - name: s\n        request: { method: FETCH, url: / }\n',
    });
    const run = await runAction('smoke-test', {
      cwd: dir,
      inputs: { 'base-url': 'http://127.0.0.1:9', flows: 'smoke.yml' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toHaveLength(1);
    expect(run.annotations[0].message).toMatch(/^smoke.yml:5: flows.0.steps.0.request.method: /);
    const unknown = workspace({ 'smoke.yml': 'flows:\n  - name: a\n    stepz: []\n' });
    const run2 = await runAction('smoke-test', {
      cwd: unknown,
      inputs: { 'base-url': 'http://127.0.0.1:9', flows: 'smoke.yml' },
    });
    expect(run2.annotations[0].message).toMatch(/^smoke.yml:\d: /);
  });

  test('an invalid base-url and a missing flow file are named', async () => {
    const run = await runAction('smoke-test', { inputs: { 'base-url': 'ftp://x', urls: '/' } });
    expect(run.annotations[0].message).toBe(`Input 'base-url' got "ftp://x"; accepted: an http:// or https:// URL.`);
    const none = await runAction('smoke-test', { inputs: { 'base-url': 'http://127.0.0.1:9' } });
    expect(none.exitCode).toBe(1);
    expect(none.annotations[0].message).toMatch(/^Input 'flows': cannot read .github\/smoke.yml \(no such file\)/);
  });
});

describe('uptime mode', () => {
  test('opens one outage issue at alert-after, comments while failing, closes when passing', async () => {
    const issues: { number: number; state: string; labels: string[]; comments: string[] }[] = [];
    const history = [
      { id: 100, conclusion: 'failure' },
      { id: 99, conclusion: 'failure' },
      { id: 98, conclusion: 'success' },
    ];
    const api = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        const url = new URL(req.url!, 'http://x');
        const send = (status: number, data: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(data));
        };
        const p = url.pathname;
        if (req.method === 'GET' && p === '/repos/acme/ops-app/issues')
          return send(
            200,
            issues.filter((i) => i.state === 'open'),
          );
        if (req.method === 'GET' && p === '/repos/acme/ops-app/actions/runs/101')
          return send(200, { id: 101, workflow_id: 7 });
        if (req.method === 'GET' && p === '/repos/acme/ops-app/actions/workflows/7/runs')
          return send(200, { workflow_runs: history });
        if (req.method === 'POST' && p === '/repos/acme/ops-app/issues') {
          const b = JSON.parse(body);
          issues.push({ number: issues.length + 1, state: 'open', labels: b.labels, comments: [] });
          return send(201, issues.at(-1));
        }
        const m = /^\/repos\/acme\/ops-app\/issues\/(\d+)(\/comments)?$/.exec(p);
        if (m) {
          const issue = issues.find((i) => i.number === Number(m[1]))!;
          if (m[2]) issue.comments.push(JSON.parse(body).body);
          else issue.state = JSON.parse(body).state;
          return send(200, issue);
        }
        send(404, { message: 'not found' });
      });
    });
    const apiUrl = await listen(api);
    const inputs = (path: string) => ({
      'base-url': app.url,
      urls: path,
      retries: '0',
      'alert-issue': 'true',
      'alert-after': '2',
      'github-token': 'ghs_uptime_token_123456',
    });
    const opts = { eventName: 'schedule', env: { GITHUB_API_URL: apiUrl, GITHUB_RUN_ID: '101' } };
    try {
      const failing = await runAction('smoke-test', { ...opts, inputs: inputs('/error') });
      expect(failing.exitCode).toBe(1);
      expect(issues).toHaveLength(1);
      expect(issues[0].labels).toEqual(['launchgate-outage']);
      expect(failing.summary).toMatch(/Failing 3 times in a row: opened outage issue #1/);
      const still = await runAction('smoke-test', { ...opts, inputs: inputs('/error') });
      expect(still.summary).toContain('Still failing: commented on outage issue #1');
      expect(issues).toHaveLength(1);
      expect(issues[0].comments).toHaveLength(1);
      const passing = await runAction('smoke-test', { ...opts, inputs: inputs('/') });
      expect(passing.exitCode).toBe(0);
      expect(issues[0].state).toBe('closed');
      history[0].conclusion = 'success';
      const once = await runAction('smoke-test', { ...opts, inputs: inputs('/error') });
      expect(once.summary).toContain('Failing: 1 consecutive failed run(s); an issue is opened at 2.');
      expect(issues).toHaveLength(1);
    } finally {
      api.close();
    }
  });
});

test('the example flow file parses as YAML', () => {
  expect(parse(readFileSync(FLOWS, 'utf8')).flows).toHaveLength(3);
});

describe('smoke and latency in one run', () => {
  test('the same start-command starts the app once: smoke reaches the app latency then loads', async () => {
    const dir = workspace({
      'app.cjs':
        "require('fs').appendFileSync(__dirname + '/starts.log', 'start\\n');\n" +
        "require('http').createServer((q, r) => r.end('ok')).listen(Number(process.argv[2]), '127.0.0.1');\n",
    });
    const port = await closedPort();
    writeFileSync(
      path.join(dir, 'launchgate.yml'),
      [
        'smoke:',
        `  base-url: http://127.0.0.1:${port}`,
        '  urls: [/]',
        `  start-command: node app.cjs ${port}`,
        'latency:',
        `  base-url: http://127.0.0.1:${port}`,
        '  routes: "routes:\\n  - name: home\\n    path: /\\n"',
        `  start-command: node app.cjs ${port}`,
        '  duration-s: 0.4',
        '  rounds: 1',
        '  warmup-s: 0',
        '  connections: 1',
        '',
      ].join('\n'),
    );
    const run = await runCli(['run', '--config', 'launchgate.yml'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain('[latency] Using the app this run already started with: node app.cjs');
    expect(readFileSync(path.join(dir, 'starts.log'), 'utf8')).toBe('start\n');
    // Stopped when the run ended.
    const after = await fetch(`http://127.0.0.1:${port}/`).then(
      () => 'up',
      () => 'down',
    );
    expect(after).toBe('down');
  });
});

describe('automation safety: signed webhooks, tampering, replays', () => {
  const SECRET = 'whsec-e2e-7f3a9c1d';
  /** A webhook receiver as it should be (/verified) and one that skips verification (/naive). */
  function webhookApp() {
    const seen = new Set<string>();
    let orders = 0;
    return createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        const send = (status: number, data: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(data));
        };
        if (req.url === '/count') return send(200, { orders });
        if (req.url === '/naive') {
          orders++;
          return send(200, { ok: true });
        }
        const header = String(req.headers['stripe-signature'] ?? '');
        const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=')));
        const expected = createHmac('sha256', SECRET).update(`${parts.t}.${body}`).digest('hex');
        if (!parts.v1 || parts.v1 !== expected) return send(400, { error: 'bad signature' });
        if (Math.abs(Date.now() / 1000 - Number(parts.t)) > 300) return send(400, { error: 'stale' });
        const key = String(req.headers['idempotency-key'] ?? '');
        if (!seen.has(key)) {
          seen.add(key);
          orders++;
        }
        send(200, { ok: true });
      });
    });
  }

  const hook = (extra: string[]) =>
    [
      '        request:',
      '          method: POST',
      '          url: /verified',
      '          headers: { Idempotency-Key: order-1 }',
      '          json: { type: payment_intent.succeeded, amount: 100 }',
      '          sign: { scheme: stripe, secret: "${env.WEBHOOK_SECRET}" }',
      ...extra,
    ].join('\n');

  test('a verifying receiver passes tamper, unsigned, stale and replay checks', async () => {
    const server = webhookApp();
    const url = await listen(server);
    const dir = workspace({
      'smoke.yml': [
        'flows:',
        '  - name: payment webhook',
        '    steps:',
        '      - name: signed',
        hook([]),
        '      - name: tampered',
        hook(['          tamper: true']),
        '      - name: unsigned',
        hook(['          unsigned: true']),
        '      - name: stale',
        hook(['          timestamp-offset-s: -600']),
        '      - name: replayed',
        '        replay: signed',
        '      - name: one order only',
        '        request: { url: /count }',
        '        expect: { json: { "$.orders": 1 } }',
        '',
      ].join('\n'),
    });
    try {
      const run = await runAction('smoke-test', {
        cwd: dir,
        inputs: { 'base-url': url, flows: 'smoke.yml', retries: '0' },
        env: { WEBHOOK_SECRET: SECRET },
      });
      expect(run.annotations).toEqual([]);
      expect(run.exitCode).toBe(0);
      expect(run.outputs.passed).toBe('6');
      expect(run.everything).not.toContain(SECRET);
    } finally {
      server.close();
    }
  });

  test('a receiver that skips verification fails with "accepted a tampered webhook"', async () => {
    const server = webhookApp();
    const url = await listen(server);
    const dir = workspace({
      'smoke.yml': [
        'flows:',
        '  - name: naive webhook',
        '    steps:',
        '      - name: tampered',
        hook(['          tamper: true']).replace('/verified', '/naive'),
        '',
      ].join('\n'),
    });
    try {
      const run = await runAction('smoke-test', {
        cwd: dir,
        inputs: { 'base-url': url, flows: 'smoke.yml', retries: '0' },
        env: { WEBHOOK_SECRET: SECRET },
      });
      expect(run.exitCode).toBe(1);
      const err = run.annotations.find((a) => a.level === 'error')!;
      expect(err.title).toBe('smoke-signature-not-verified: naive webhook › tampered');
      expect(err.message).toMatch(
        /^accepted a tampered webhook \(HTTP 200\): the signature is not verified; status: expected 400 or 401 or 403, got 200/,
      );
      expect(err.line).toBe(4);
    } finally {
      server.close();
    }
  });

  test('a sign secret that is not set is an error naming the variable, before any request', async () => {
    const dir = workspace({
      'smoke.yml': ['flows:', '  - name: w', '    steps:', '      - name: signed', hook([]), ''].join('\n'),
    });
    const run = await runAction('smoke-test', {
      cwd: dir,
      inputs: { 'base-url': 'http://127.0.0.1:9', flows: 'smoke.yml' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0].message).toBe(
      'smoke.yml: environment variable(s) used by the file: WEBHOOK_SECRET is not set. No request was sent.',
    );
  });
});

describe('automation safety: rate-limit probe', () => {
  test('a limited login passes with where the limit started; an unlimited form fails; at most `requests` are sent', async () => {
    const hits = { login: 0, form: 0 };
    const server = createServer((req, res) => {
      if (req.url === '/login') {
        hits.login++;
        if (hits.login > 5) {
          res.writeHead(429, { 'retry-after': '30', 'ratelimit-remaining': '0', 'ratelimit-limit': '5' });
          return res.end('slow down');
        }
        res.writeHead(401);
        return res.end('wrong password');
      }
      hits.form++;
      res.end('thanks');
    });
    const url = await listen(server);
    const burst = (name: string, path: string) =>
      [
        `  - name: ${name}`,
        '    steps:',
        '      - name: burst',
        `        request: { method: POST, url: ${path}, form: { email: a@example.com, password: wrong } }`,
        '        burst: { requests: 12, within-s: 1 }',
        '        expect: { status-any: [429] }',
      ].join('\n');
    const dir = workspace({
      'smoke.yml': ['flows:', burst('login', '/login'), burst('contact form', '/contact'), ''].join('\n'),
    });
    try {
      const run = await runAction('smoke-test', { cwd: dir, inputs: { 'base-url': url, flows: 'smoke.yml' } });
      expect(run.exitCode).toBe(1);
      expect(hits).toEqual({ login: 6, form: 12 });
      expect(run.summary).toContain(
        '✅ limited after 6 of 12 requests (HTTP 429; retry-after: 30, ratelimit-remaining: 0, ratelimit-limit: 5)',
      );
      const err = run.annotations.find((a) => a.level === 'error')!;
      expect(err.title).toBe('smoke-no-rate-limit: contact form › burst');
      expect(err.message).toMatch(
        /^no rate limit: 12 requests in 1 s were all accepted \(none answered 429; last HTTP 200\)/,
      );
    } finally {
      server.close();
    }
  });

  test('a burst over 500 requests or to another host is an error before anything is sent', async () => {
    const file = (request: string, burst: string) =>
      workspace({
        'smoke.yml': [
          'flows:',
          '  - name: f',
          '    steps:',
          '      - name: b',
          `        request: ${request}`,
          `        burst: ${burst}`,
          '',
        ].join('\n'),
      });
    const big = await runAction('smoke-test', {
      cwd: file('{ url: /login }', '{ requests: 501, within-s: 10 }'),
      inputs: { 'base-url': 'http://127.0.0.1:9', flows: 'smoke.yml' },
    });
    expect(big.annotations[0].message).toMatch(
      /^smoke.yml:6: flows.0.steps.0.burst.requests: got "501"; accepted: at most 500 requests per burst/,
    );
    const away = await runAction('smoke-test', {
      cwd: file('{ url: "https://other.example.com/login" }', '{ requests: 10, within-s: 10 }'),
      inputs: { 'base-url': 'http://127.0.0.1:9', flows: 'smoke.yml' },
    });
    expect(away.annotations[0].message).toMatch(
      /^smoke.yml:5: flows.0.steps.0.request.url: a burst goes to the base URL only: give request.url as a path such as \/login/,
    );
  });
});

describe('automation safety: dependency health', () => {
  test('each dependency is a row; a failing one is an error, a warning one a warning', async () => {
    const server = createServer((req, res) => {
      const send = (status: number, data: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(data));
      };
      if (req.url === '/actuator/health')
        return send(503, {
          status: 'DOWN',
          components: {
            db: { status: 'UP', details: { database: 'PostgreSQL' } },
            rabbit: { status: 'DOWN', details: { error: 'connection refused' } },
          },
        });
      send(200, {
        status: 'pass',
        checks: { 'db:connections': [{ status: 'pass' }], 'mail:responseTime': [{ status: 'warn', output: '2.5 s' }] },
      });
    });
    const url = await listen(server);
    const dir = workspace({
      'smoke.yml': [
        'flows:',
        '  - name: spring',
        '    steps:',
        '      - name: health',
        '        request: { url: /actuator/health }',
        '        health: true',
        '  - name: ietf',
        '    steps:',
        '      - name: health',
        '        request: { url: /health }',
        '        health: true',
        '',
      ].join('\n'),
    });
    try {
      const run = await runAction('smoke-test', {
        cwd: dir,
        inputs: { 'base-url': url, flows: 'smoke.yml', retries: '0' },
      });
      expect(run.exitCode).toBe(1);
      const error = run.annotations.find((a) => a.level === 'error')!;
      expect(error.title).toBe('smoke-dependency-failed: spring › health');
      expect(error.message).toMatch(/^dependency rabbit is failing \(DOWN: connection refused\)/);
      const warning = run.annotations.find((a) => a.level === 'warning')!;
      expect(warning.title).toBe('smoke-dependency-warn: ietf › health › mail:responseTime');
      expect(warning.line).toBe(9);
      expect(run.summary).toContain('| spring | health › db | — | — | ✅ UP |');
      expect(run.summary).toContain('| spring | health › rabbit | — | — | ❌ DOWN: connection refused |');
      expect(run.summary).toContain('| ietf | health › mail:responseTime | — | — | ⚠️ warn: 2.5 s |');
    } finally {
      server.close();
    }
  });
});

describe('security headers of the app’s pages', () => {
  test('headers-baseline: each miss is a warning naming the header and the fix', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/good')
        res.writeHead(200, {
          'x-content-type-options': 'nosniff',
          'content-security-policy': "frame-ancestors 'self'",
        });
      else res.writeHead(200, { 'x-powered-by': 'Express 4.18.2' });
      res.end('<html><body>page</body></html>');
    });
    const url = await listen(server);
    const dir = workspace({
      'smoke.yml': [
        'flows:',
        '  - name: pages',
        '    steps:',
        '      - name: good',
        '        request: { url: /good }',
        '        expect: { status: 200, headers-baseline: true }',
        '      - name: bad',
        '        request: { url: /bad }',
        '        expect: { headers-baseline: true }',
        '',
      ].join('\n'),
    });
    try {
      const run = await runAction('smoke-test', { cwd: dir, inputs: { 'base-url': url, flows: 'smoke.yml' } });
      expect(run.exitCode).toBe(0);
      const warnings = run.annotations.filter((a) => a.level === 'warning');
      expect(warnings.map((a) => a.title)).toEqual([
        'smoke-header-missing: pages › bad: X-Content-Type-Options',
        'smoke-header-missing: pages › bad: Content-Security-Policy',
        'smoke-header-missing: pages › bad: X-Powered-By',
      ]);
      expect(warnings.every((a) => a.line === 7)).toBe(true);
      expect(warnings[2].message).toBe(
        'X-Powered-By reveals a version (Express 4.18.2); remove the header (Express: app.disable("x-powered-by")).',
      );
    } finally {
      server.close();
    }
  });
});
