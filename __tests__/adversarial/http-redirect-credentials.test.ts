/**
 * M2 and L1 of issue 14: credentials go to the origin they were given for, and nowhere else.
 * Old code: a 307 from 127.0.0.1 to 127.0.0.2 carried the bearer token, an API key header and a cookie header;
 * `https://user:pw@host` sent no credentials at all and printed the password.
 * (A 307 with a body to another origin is not followed at all: smoke-redirect-body.test.ts.)
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../helpers/run-action.js';

const TOKEN = 'tok-9f8e7d6c5b4a-bearer';
const API_KEY = 'key-0a1b2c3d4e5f-api';
const URL_PASSWORD = 'url-pw-7c6b5a49';

let origin: Server;
let other: Server;
let originUrl: string;
let otherUrl: string;
const seenByOrigin: IncomingHttpHeaders[] = [];
const seenByOther: IncomingHttpHeaders[] = [];

async function listenOn(server: Server, host: string): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return `http://${host}:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  other = createServer((req, res) => {
    seenByOther.push(req.headers);
    res.end('landed');
  });
  // 127.0.0.2 is loopback too (all of 127/8), but another origin.
  otherUrl = await listenOn(other, '127.0.0.2');
  origin = createServer((req, res) => {
    seenByOrigin.push(req.headers);
    if (req.url?.startsWith('/hop')) {
      res.writeHead(307, { location: `${otherUrl}/landing` });
      return res.end();
    }
    res.end('ok');
  });
  originUrl = await listenOn(origin, '127.0.0.1');
});
afterAll(() => {
  origin.close();
  other.close();
});

function workspace(flow: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-adv-http-'));
  writeFileSync(path.join(dir, 'smoke.yml'), flow);
  return dir;
}

test('a cross-origin redirect drops Authorization, credential headers and cookies', async () => {
  seenByOrigin.length = 0;
  seenByOther.length = 0;
  const dir = workspace(
    [
      'flows:',
      '  - name: redirected',
      '    steps:',
      '      - name: hop',
      '        request:',
      '          url: /hop',
      '          headers:',
      '            Authorization: "Bearer ${env.API_TOKEN}"',
      '            X-Api-Key: "${env.API_KEY}"',
      '            Cookie: "session=${env.API_KEY}"',
      '            X-Plain: visible',
      '',
    ].join('\n'),
  );
  const run = await runAction('smoke-test', {
    cwd: dir,
    inputs: { 'base-url': originUrl, flows: 'smoke.yml', retries: '0' },
    env: { API_TOKEN: TOKEN, API_KEY },
  });
  expect(run.exitCode).toBe(0);
  expect(seenByOrigin[0].authorization).toBe(`Bearer ${TOKEN}`);
  expect(seenByOther).toHaveLength(1);
  expect(seenByOther[0].authorization).toBeUndefined();
  expect(seenByOther[0]['x-api-key']).toBeUndefined();
  expect(seenByOther[0].cookie).toBeUndefined();
  expect(seenByOther[0]['x-plain']).toBe('visible');
});

test('credentials in base-url are sent as Basic auth to that origin only, and never printed', async () => {
  seenByOrigin.length = 0;
  seenByOther.length = 0;
  const withCreds = originUrl.replace('http://', `http://ops:${URL_PASSWORD}@`);
  const dir = workspace(
    [
      'flows:',
      '  - name: basic',
      '    steps:',
      '      - name: home',
      '        request: { url: / }',
      '      - name: hop',
      '        request: { url: /hop }',
      '        expect: { body-contains: never-there }',
      '',
    ].join('\n'),
  );
  const run = await runAction('smoke-test', {
    cwd: dir,
    inputs: { 'base-url': withCreds, flows: 'smoke.yml', retries: '0', 'wait-for-ready': '5', urls: '/' },
  });
  const basic = `Basic ${Buffer.from(`ops:${URL_PASSWORD}`).toString('base64')}`;
  expect(seenByOrigin.map((h) => h.authorization)).toContain(basic);
  expect(seenByOther).toHaveLength(1);
  expect(seenByOther[0].authorization).toBeUndefined();
  expect(run.stdout).toContain(`::add-mask::${URL_PASSWORD}`);
  expect(run.everything).not.toContain(URL_PASSWORD);
  expect(run.everything).not.toContain(Buffer.from(`ops:${URL_PASSWORD}`).toString('base64'));
  expect(run.stdout).toMatch(/answered after/);
});

test('credentials in the latency base-url are masked in the printed plan and sent with the load', async () => {
  seenByOrigin.length = 0;
  const withCreds = originUrl.replace('http://', `http://ops:${URL_PASSWORD}@`);
  const run = await runAction('latency-budget', {
    inputs: {
      'base-url': withCreds,
      routes: 'routes:\n  - name: home\n    path: /\n',
      'duration-s': '0.3',
      rounds: '1',
      'warmup-s': '0',
      connections: '1',
      'max-requests': '20',
    },
  });
  expect(run.exitCode).toBe(0);
  const basic = `Basic ${Buffer.from(`ops:${URL_PASSWORD}`).toString('base64')}`;
  expect(seenByOrigin.length).toBeGreaterThan(1);
  expect(seenByOrigin.every((h) => h.authorization === basic)).toBe(true);
  expect(run.stdout).toMatch(/Planned load: .* against http:\/\/127\.0\.0\.1:\d+\//);
  expect(run.everything).not.toContain(URL_PASSWORD);
});
