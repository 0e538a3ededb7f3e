/**
 * Issue 14 M9 and the HTTPS error text: when the TLS handshake succeeded and the HTTP answer then hung, the
 * canonical-host, HSTS and mixed-content checks were skipped and the host's row showed ✅; and a failed handshake
 * embedded OpenSSL's multi-line message in the finding.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { TestCA } from '../helpers/test-ca.js';
import { runDnsCheck, startDnsServer } from '../helpers/dns-server.js';

const ca = new TestCA();
const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-adv-https-'));
writeFileSync(path.join(dir, 'ca.pem'), ca.pem);
let dns: Awaited<ReturnType<typeof startDnsServer>>;
let hung: HttpsServer;
let plain: Server;
const port = (s: Server | HttpsServer) => (s.address() as AddressInfo).port;

beforeAll(async () => {
  dns = await startDnsServer({
    'site.test': { A: ['127.0.0.1'], MX: [[0, '.']], TXT: ['v=spf1 -all'] },
    '_dmarc.site.test': { TXT: ['v=DMARC1; p=reject; rua=mailto:d@site.test'] },
  });
  const leaf = ca.issue(['localhost'], { days: 90 });
  // Completes the TLS handshake, reads the request, and never answers it.
  hung = createHttpsServer({ key: leaf.key, cert: leaf.cert }, () => {});
  plain = createServer((_q, r) => r.writeHead(301, { location: 'https://localhost/' }).end());
  await Promise.all([hung, plain].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))));
});
afterAll(async () => {
  hung.closeAllConnections();
  hung.close();
  plain.close();
  await dns.close();
});

const check = (https: string, extra: Record<string, string> = {}) =>
  runDnsCheck(
    {
      domain: 'site.test',
      resolver: dns.address,
      'timeout-ms': '500',
      https,
      'ca-file': 'ca.pem',
      'http-port': String(port(plain)),
      ...extra,
    },
    dir,
  );

describe('HTTPS check on hostile servers', () => {
  test('a hung HTTP answer after a good handshake is could-not-check, and the row is not ✅ (M9)', async () => {
    const report = await check(`localhost:${port(hung)}`, { 'canonical-host': 'www.site.test' });
    const noAnswer = report.findings.find((f) => f.ruleId === 'https-no-answer');
    expect(noAnswer?.severity).toBe('error');
    expect(noAnswer?.message).toMatch(/could not check the canonical host, HSTS and mixed content/);
    expect(report.result).toBe('fail');
    const https = report.sections?.find((s) => s.title === 'HTTPS')?.markdown ?? '';
    expect(https).toMatch(/\| localhost:\d+ \|.*could not check.*\|/);
    expect(https).not.toContain('✅');
  });

  test('a failed handshake is one line, without OpenSSL internals', async () => {
    const report = await check(`localhost:${port(plain)}`);
    const unreachable = report.findings.find((f) => f.ruleId === 'https-unreachable');
    expect(unreachable?.message).toMatch(/no TLS handshake with localhost:\d+ \(.*wrong version number\)/);
    expect(unreachable?.message).not.toMatch(/[\r\n]|ssl3_record\.c|:error:/);
  });
});
