/**
 * A 307/308 re-sends the method and the body. Old code followed one to another origin with the body (a login form,
 * a signed webhook), as fetch and curl do; now the step fails naming both origins, and the other origin receives
 * nothing. Same-origin 307s and bodiless cross-origin redirects are still followed (without credentials), and a
 * redirect chain that never ends fails instead of passing on its last 3xx.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../helpers/run-action.js';

const TOKEN = 'tok-5e4d3c2b1a09-redirect';
const BODY_SECRET = 'body-pw-8a7b6c5d4e3f';

interface Seen {
  method?: string;
  url?: string;
  authorization?: string;
  body: string;
}

let first: Server;
let second: Server;
let firstUrl: string;
let secondUrl: string;
const seenByFirst: Seen[] = [];
const seenBySecond: Seen[] = [];

function recorder(seen: Seen[], route: (url: string) => { status: number; location?: string }): Server {
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({
        method: req.method,
        url: req.url,
        authorization: req.headers.authorization,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const { status, location } = route(req.url ?? '/');
      res.writeHead(status, location ? { location } : {});
      res.end(status < 300 ? 'ok' : '');
    });
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  second = recorder(seenBySecond, () => ({ status: 200 }));
  secondUrl = await listen(second);
  // Same host, another port: another origin (scheme, host and port).
  first = recorder(seenByFirst, (url) => {
    if (url.startsWith('/cross-307')) return { status: 307, location: `${secondUrl}/landing` };
    if (url.startsWith('/cross-308')) return { status: 308, location: `${secondUrl}/landing` };
    if (url.startsWith('/same-307')) return { status: 307, location: '/landing' };
    if (url.startsWith('/loop')) return { status: 302, location: '/loop' };
    if (url.startsWith('/file-location')) return { status: 302, location: 'file:///etc/passwd' };
    if (url.startsWith('/bad-location')) return { status: 302, location: 'http://[::1' };
    return { status: 200 };
  });
  firstUrl = await listen(first);
});
afterAll(() => {
  first.close();
  second.close();
});

function flowFile(steps: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-adv-redirect-'));
  writeFileSync(path.join(dir, 'smoke.yml'), ['flows:', '  - name: redirected', '    steps:', ...steps, ''].join('\n'));
  return dir;
}

async function run(steps: string[]) {
  seenByFirst.length = 0;
  seenBySecond.length = 0;
  return runAction('smoke-test', {
    cwd: flowFile(steps),
    inputs: { 'base-url': firstUrl, flows: 'smoke.yml', retries: '0' },
    env: { API_TOKEN: TOKEN, LOGIN_PASSWORD: BODY_SECRET },
  });
}

test.each([
  ['POST', '307', 'json: { password: "${env.LOGIN_PASSWORD}" }'],
  ['PUT', '308', 'body: "password=${env.LOGIN_PASSWORD}"'],
])('a %s answered %s to another origin is not followed: the body and token stay home', async (method, status, body) => {
  const r = await run([
    '      - name: login',
    '        request:',
    `          method: ${method}`,
    `          url: /cross-${status}`,
    `          ${body}`,
    '          headers:',
    '            Authorization: "Bearer ${env.API_TOKEN}"',
  ]);
  expect(seenByFirst).toHaveLength(1);
  expect(seenByFirst[0].body).toContain(BODY_SECRET);
  expect(seenByFirst[0].authorization).toBe(`Bearer ${TOKEN}`);
  expect(seenBySecond).toEqual([]);
  expect(r.exitCode).toBe(1);
  const message = r.annotations.map((a) => a.message).join('\n');
  expect(message).toContain(`${firstUrl}/cross-${status} answered ${status} to ${secondUrl}/landing`);
  expect(message).toContain('another origin: not followed');
  expect(r.everything).not.toContain(BODY_SECRET);
  expect(r.everything).not.toContain(TOKEN);
});

test('a 307 on the same origin is still followed with its body and credentials', async () => {
  const r = await run([
    '      - name: login',
    '        request:',
    '          method: POST',
    '          url: /same-307',
    '          json: { password: "${env.LOGIN_PASSWORD}" }',
    '          headers:',
    '            Authorization: "Bearer ${env.API_TOKEN}"',
  ]);
  expect(r.exitCode).toBe(0);
  expect(seenByFirst.map((s) => [s.method, s.url])).toEqual([
    ['POST', '/same-307'],
    ['POST', '/landing'],
  ]);
  expect(seenByFirst[1].body).toContain(BODY_SECRET);
  expect(seenByFirst[1].authorization).toBe(`Bearer ${TOKEN}`);
});

test('a GET redirected to another origin is followed without Authorization', async () => {
  const r = await run([
    '      - name: hop',
    '        request:',
    '          url: /cross-307',
    '          headers:',
    '            Authorization: "Bearer ${env.API_TOKEN}"',
  ]);
  expect(r.exitCode).toBe(0);
  expect(seenBySecond).toHaveLength(1);
  expect(seenBySecond[0].authorization).toBeUndefined();
  expect(seenBySecond[0].body).toBe('');
});

test('a redirect loop fails the step instead of passing on its last 3xx', async () => {
  const r = await run(['      - name: loop', '        request: { url: /loop }']);
  expect(r.exitCode).toBe(1);
  expect(r.annotations.map((a) => a.message).join('\n')).toContain('more than 10 redirects');
  expect(seenByFirst).toHaveLength(11);
});

test.each([
  ['file-location', 'Location "file:///etc/passwd", a file: URL'],
  ['bad-location', 'Location "http://[::1", not a URL'],
])(
  'a redirect to %s fails once, saying what the Location was (never retried as a network error)',
  async (route, said) => {
    seenByFirst.length = 0;
    const r = await runAction('smoke-test', {
      cwd: flowFile(['      - name: hop', `        request: { url: /${route} }`]),
      inputs: { 'base-url': firstUrl, flows: 'smoke.yml', retries: '2' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => a.message).join('\n')).toContain(said);
    expect(seenByFirst).toHaveLength(1);
  },
);
