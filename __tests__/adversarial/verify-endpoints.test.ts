import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Finding } from '../../src/core/finding.js';
import { applyVerification, verifyFindings, type VerifyOptions } from '../../src/checks/secret-scan/verify/index.js';
import { fake } from '../corpus/secrets.js';
import { TestCA } from '../helpers/test-ca.js';
import { startStandIns, type StandIns } from '../helpers/verify-providers.js';

// Bad input from the issue: a verification endpoint that hangs, answers garbage or redirects to another host is
// `unknown`, never a crash and never a leak; a redirect is not followed, so the other host receives nothing.

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const token = (seed: number) => `ghp_${fake(ALNUM, 36, seed)}`;
const T = {
  hang: token(201),
  hangBody: token(202),
  rateLimit: token(203),
  rateLimit403: token(204),
  serverError: token(205),
  garbage: token(206),
  huge: token(207),
  echo: token(208),
  redirectAway: token(209),
  redirectHome: token(210),
  live: token(211),
};

let ca: TestCA;
let standIns: StandIns;
let attacker: { url: string; received: string[]; close(): Promise<void> };

beforeAll(async () => {
  ca = new TestCA();
  const cert = ca.issue(['localhost', '127.0.0.1']);
  const received: string[] = [];
  const server = createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    received.push(`${req.method} ${req.url} ${JSON.stringify(req.headers)}`);
    res.end('{"login":"stolen"}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  attacker = {
    url: `https://localhost:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise((r) => server.close(() => r())),
  };
  standIns = await startStandIns(ca, {
    github: {
      [T.hang]: 'hang',
      [T.hangBody]: 'hang-body',
      [T.rateLimit]: 'rate-limit',
      [T.rateLimit403]: 'rate-limit-403',
      [T.serverError]: 'server-error',
      [T.garbage]: 'garbage',
      [T.huge]: 'huge',
      [T.echo]: 'echo',
      [T.redirectAway]: { redirect: `${attacker.url}/user` },
      [T.redirectHome]: { redirect: '/user?again=1' },
      [T.live]: 'live',
    },
  });
});
afterAll(async () => {
  await standIns.close();
  await attacker.close();
});

const finding = (secret: string, line = 1): Finding & { secret: string } => ({
  ruleId: 'github-pat',
  severity: 'error',
  title: 'GitHub personal access token',
  message: 'Found: ghp_…xxxx.',
  file: 'src/a.ts',
  line,
  fingerprint: `src/a.ts:github-pat:${line}`,
  secret,
});

async function verifyOne(secret: string, extra: Partial<VerifyOptions> = {}) {
  const lines: string[] = [];
  const f = finding(secret);
  const summary = await verifyFindings([f], {
    secretOf: (x) => (x as Finding & { secret?: string }).secret,
    baseUrls: { github: standIns.byId.github.url },
    ca: ca.pem,
    timeoutMs: 20_000,
    log: { info: (m) => lines.push(m), debug: (m) => lines.push(m) },
    ...extra,
  });
  const v = summary.results.get(f)!;
  const applied = applyVerification([f], summary, { failsOnlyLive: true });
  const everything = [...lines, v.reason, applied[0].message].join('\n');
  for (const s of Object.values(T)) expect(everything).not.toContain(s);
  return { v, summary };
}

describe('a verification endpoint that misbehaves is unknown, never a crash, never a leak', () => {
  test('it hangs without answering: unknown after the timeout', async () => {
    const { v } = await verifyOne(T.hang, { timeoutMs: 1500 });
    expect(v).toMatchObject({ status: 'unknown', called: true });
    expect(v.reason).toMatch(/^GitHub: 127\.0\.0\.1:\d+: timed out/);
  });

  test('it sends headers and then stalls the body: unknown', async () => {
    const { v } = await verifyOne(T.hangBody, { timeoutMs: 1500 });
    expect(v.status).toBe('unknown');
    expect(v.reason).toMatch(/timed out|reset|aborted/);
  });

  test('429: unknown (rate limit)', async () => {
    const { v } = await verifyOne(T.rateLimit);
    expect(v).toMatchObject({ status: 'unknown', reason: 'GitHub rate-limited the check (HTTP 429)' });
  });

  test("GitHub's 403 rate limit is unknown, not revoked", async () => {
    const { v } = await verifyOne(T.rateLimit403);
    expect(v).toMatchObject({ status: 'unknown', reason: 'GitHub rate-limited the check (HTTP 403)' });
  });

  test('5xx: unknown', async () => {
    const { v } = await verifyOne(T.serverError);
    expect(v).toMatchObject({ status: 'unknown', reason: 'GitHub answered HTTP 503' });
  });

  test('200 with a body that is not an identity (a captive portal): unknown, not live', async () => {
    const { v } = await verifyOne(T.garbage);
    expect(v.status).toBe('unknown');
    expect(v.reason).toBe('GitHub answered HTTP 200 without a user, so its answer proves nothing');
  });

  test('a huge answer is cut and not read: unknown', async () => {
    const { v } = await verifyOne(T.huge);
    expect(v).toMatchObject({ status: 'unknown' });
    expect(v.reason).toMatch(/more than 65536 bytes/);
  });

  test('an answer that reflects the credential leaks nothing', async () => {
    const { v } = await verifyOne(T.echo);
    expect(v.status).toBe('unknown');
  });

  test('a redirect to another host is not followed: unknown, and that host receives nothing', async () => {
    const { v } = await verifyOne(T.redirectAway);
    expect(v.status).toBe('unknown');
    expect(v.reason).toMatch(/^GitHub answered HTTP 302 redirecting to localhost:\d+; not followed/);
    expect(attacker.received).toEqual([]);
  });

  test('a redirect on the same host is not followed either', async () => {
    const before = standIns.byId.github.requests.length;
    const { v } = await verifyOne(T.redirectHome);
    expect(v.status).toBe('unknown');
    expect(standIns.byId.github.requests.length - before).toBe(1);
  });

  test('a base URL that is not loopback HTTPS is refused even when handed in directly: nothing is sent', async () => {
    const { v } = await verifyOne(T.live, {
      baseUrls: { github: `${attacker.url.replace('localhost', 'example.com')}/` },
    });
    expect(v.status).toBe('unknown');
    expect(v.reason).toMatch(/is refused/);
    const { v: plain } = await verifyOne(T.live, { baseUrls: { github: attacker.url.replace('https:', 'http:') } });
    expect(plain.status).toBe('unknown');
    expect(attacker.received).toEqual([]);
  });

  test('TLS: a stand-in whose CA is not trusted is unknown (a TLS error), never live', async () => {
    const { v } = await verifyOne(T.live, { ca: undefined });
    expect(v.status).toBe('unknown');
    expect(v.reason).toMatch(/TLS error/);
  });

  test('a matched value carrying CR/LF cannot add a header: refused before sending, unknown', async () => {
    const before = standIns.byId.github.requests.length;
    const { v } = await verifyOne(`${T.live}\r\nX-Injected: 1`);
    expect(v).toMatchObject({ status: 'unknown', reason: 'the matched value is not a token', called: false });
    expect(standIns.byId.github.requests.length).toBe(before);
  });

  test('all the bad answers at once, with a live key among them: the live one is still found', async () => {
    const fs = [T.rateLimit, T.serverError, T.garbage, T.redirectAway, T.live].map((s, i) => finding(s, i + 1));
    const summary = await verifyFindings(fs, {
      secretOf: (x) => (x as Finding & { secret?: string }).secret,
      baseUrls: { github: standIns.byId.github.url },
      ca: ca.pem,
      timeoutMs: 20_000,
    });
    expect(fs.map((f) => summary.results.get(f)!.status)).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'live']);
    expect(summary.counts).toMatchObject({ verified: 1, live: 1, unknown: 4, calls: 5 });
  });
});
