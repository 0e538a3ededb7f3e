import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { createServer as createHttpsServer } from 'node:https';
import { createServer } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ROOT, runAction, type ActionRun } from '../helpers/run-action.js';
import { startDnsServer, type ZoneData } from '../helpers/dns-server.js';
import { TestCA } from '../helpers/test-ca.js';
import { startNsd } from '../helpers/nsd.js';

const key = (bits: number) =>
  generateKeyPairSync('rsa', { modulusLength: bits })
    .publicKey.export({ type: 'spki', format: 'der' })
    .toString('base64');
const KEY2048 = key(2048);
const KEY1024 = key(1024);

const includes = (prefix: string, n: number): ZoneData =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [`${prefix}${i}.example.net`, { TXT: [`v=spf1 ip4:198.51.100.${i} -all`] }]),
  );

const ZONE: ZoneData = {
  // A good domain.
  'good.test': {
    A: ['203.0.113.10'],
    MX: [[10, 'mx1.good.test']],
    TXT: ['v=spf1 ip4:192.0.2.0/24 include:_spf.mailer.example.net -all', 'google-site-verification=abc'],
  },
  'www.good.test': { CNAME: 'good.test.' },
  'app.good.test': { CNAME: 'edge.good.test.' },
  'edge.good.test': { A: ['203.0.113.20'] },
  'mx1.good.test': { A: ['203.0.113.30'] },
  '_spf.mailer.example.net': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
  'google._domainkey.good.test': { TXT: [[`v=DKIM1; k=rsa; p=${KEY2048.slice(0, 200)}`, KEY2048.slice(200)]] },
  '_dmarc.good.test': { TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc@good.test'] },
  // Faults.
  'two-spf.test': { A: ['203.0.113.1'], TXT: ['v=spf1 -all', 'v=spf1 ip4:192.0.2.1 -all'] },
  // Over 255 bytes, so split into two strings as a DNS provider would.
  'many-lookups.test': {
    A: ['203.0.113.1'],
    TXT: [
      [
        `v=spf1 ${Array.from({ length: 6 }, (_, i) => `include:inc${i}.example.net`).join(' ')} `,
        `${Array.from({ length: 5 }, (_, i) => `include:inc${i + 6}.example.net`).join(' ')} -all`,
      ],
    ],
  },
  ...includes('inc', 11),
  'voids.test': { A: ['203.0.113.1'], TXT: ['v=spf1 a:nope1.voids.test a:nope2.voids.test mx:nope3.voids.test -all'] },
  'plus-all.test': { A: ['203.0.113.1'], TXT: ['v=spf1 +all'] },
  'loop.test': { A: ['203.0.113.1'], TXT: ['v=spf1 include:loop2.test -all'] },
  'loop2.test': { TXT: ['v=spf1 include:loop.test -all'] },
  'dmarc-none.test': { A: ['203.0.113.1'], TXT: ['v=spf1 -all'] },
  '_dmarc.dmarc-none.test': { TXT: ['v=DMARC1; p=none; pct=50; rua=mailto:reports@dmarc-vendor.example.org'] },
  'dmarc-bad.test': { A: ['203.0.113.1'], TXT: ['v=spf1 -all'] },
  '_dmarc.dmarc-bad.test': { TXT: ['v=DMARC1; p=maybe'] },
  'dkim.test': { A: ['203.0.113.1'], TXT: ['v=spf1 -all'] },
  '_dmarc.dkim.test': { TXT: ['v=DMARC1; p=reject; rua=mailto:d@dkim.test'] },
  'revoked._domainkey.dkim.test': { TXT: ['v=DKIM1; k=rsa; p='] },
  'small._domainkey.dkim.test': { TXT: [`v=DKIM1; k=rsa; p=${KEY1024}`] },
  'garbled._domainkey.dkim.test': { TXT: ['v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOC'] },
  'mx-cname.test': { A: ['203.0.113.1'], MX: [[10, 'mail.mx-cname.test']], TXT: ['v=spf1 -all'] },
  'mail.mx-cname.test': { CNAME: 'mx1.good.test.' },
  '_dmarc.mx-cname.test': { TXT: ['v=DMARC1; p=reject; rua=mailto:d@mx-cname.test'] },
  'dangling.test': { A: ['203.0.113.1'], TXT: ['v=spf1 -all'] },
  '_dmarc.dangling.test': { TXT: ['v=DMARC1; p=reject; rua=mailto:d@dangling.test'] },
  'old.dangling.test': { CNAME: 'gone-app.herokudns.example.' },
  localhost: { A: ['127.0.0.1'] },
  'timeout.test': 'TIMEOUT',
  'servfail.test': { A: ['203.0.113.1'], TXT: ['v=spf1 -all'] },
  '_dmarc.servfail.test': 'SERVFAIL',
};

let dns: Awaited<ReturnType<typeof startDnsServer>>;
beforeAll(async () => {
  dns = await startDnsServer(ZONE);
});
afterAll(async () => {
  await dns.close();
});

const check = (domain: string, inputs: Record<string, string> = {}) =>
  runAction('dns-check', { inputs: { domain, resolver: dns.address, 'timeout-ms': '500', ...inputs } });
/** Annotation titles are `rule-id: title`. */
const ruleIds = (run: ActionRun) =>
  run.annotations.filter((a) => a.title).map((a) => `${a.level} ${a.title!.split(':')[0]}`);
const byRule = (run: ActionRun, rule: string) => run.annotations.find((a) => a.title?.split(':')[0] === rule);

describe('dns-check against a real DNS server on 127.0.0.1', () => {
  test('a good domain passes: CNAME chains, MX, SPF through an include, a split DKIM TXT, DMARC, spf-senders', async () => {
    const run = await check('good.test', {
      expect: '@ A 203.0.113.10\nwww CNAME good.test.\napp A 203.0.113.20\n@ MX 10 mx1.good.test.',
      'dkim-selectors': 'google',
      require: 'mx,spf,dkim,dmarc',
      'dmarc-min-policy': 'quarantine',
      'spf-senders': '192.0.2.25,198.51.100.7',
    });
    expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('| good.test | A | 203.0.113.10 | 203.0.113.10 | ✅ |');
    expect(run.summary).toContain('| google | rsa 2048 bits | ✅ |');
    // DNS data in the tree is written as entities (see summary-text.ts): `_` is &#95;.
    expect(run.summary).toContain('  &#95;spf.mailer.example.net: v=spf1 ip4:198.51.100.0/24 -all');
    expect(run.summary).toContain('| sender 198.51.100.7 | pass |');
  });

  test('SPF faults: two records, 11 lookups, 3 void lookups, +all, an include loop', async () => {
    expect(ruleIds(await check('two-spf.test', { require: 'spf' }))).toContain('error spf-multiple');
    const many = await check('many-lookups.test', { require: 'spf' });
    expect(byRule(many, 'spf-too-many-lookups')?.message).toMatch(
      /^more than 10 DNS-querying terms through includes and redirects \(the walk stopped at include:inc10.example.net/,
    );
    expect(ruleIds(await check('voids.test', { require: 'spf' }))).toContain('error spf-void-lookups');
    const plus = await check('plus-all.test', { require: 'spf' });
    expect(byRule(plus, 'spf-permissive-all')?.message).toMatch(/^\+all lets anyone send as plus-all.test/);
    const loop = await check('loop.test', { require: 'spf' });
    expect(byRule(loop, 'spf-loop')?.message).toMatch(/^include\/redirect loop: loop.test → loop2.test → loop.test/);
    const sender = await check('good.test', { require: 'spf', 'spf-senders': '203.0.113.99' });
    expect(byRule(sender, 'spf-sender-not-pass')?.message).toMatch(/^mail from 203.0.113.99 gets SPF fail/);
  });

  test('DMARC faults: p=none (a notice, an error under a stricter minimum), removed tags, unauthorized external reports, invalid policy, missing', async () => {
    const none = await check('dmarc-none.test', { require: 'spf,dmarc' });
    expect(ruleIds(none)).toEqual(
      expect.arrayContaining(['notice dmarc-policy', 'warning dmarc-removed-tag', 'error dmarc-report-unauthorized']),
    );
    const strict = await check('dmarc-none.test', { 'dmarc-min-policy': 'quarantine' });
    expect(byRule(strict, 'dmarc-policy')).toMatchObject({
      level: 'error',
      message: expect.stringMatching(/^p=none is weaker than the required quarantine/),
    });
    expect(ruleIds(await check('dmarc-bad.test'))).toContain('error dmarc-policy');
    const missing = await check('plus-all.test');
    expect(byRule(missing, 'dmarc-missing')?.level).toBe('error');
  });

  test('DKIM faults: revoked, 1024-bit, garbled', async () => {
    const run = await check('dkim.test', { 'dkim-selectors': 'revoked,small,garbled' });
    const found = run.annotations.map((a) => `${a.level} ${a.title}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'error dkim-revoked: DKIM revoked',
        'warning dkim-weak-key: DKIM small',
        'error dkim-bad-key: DKIM garbled',
      ]),
    );
  });

  test('MX to a CNAME, a CNAME to the wrong target, a dangling CNAME', async () => {
    const mx = await check('mx-cname.test');
    expect(byRule(mx, 'mx-target')?.message).toMatch(/^MX mail.mx-cname.test. is a CNAME/);
    const wrong = await check('good.test', { expect: 'www CNAME elsewhere.example.com.' });
    expect(byRule(wrong, 'record-mismatch')?.message).toMatch(
      /^www.good.test CNAME should be elsewhere.example.com., but is good.test./,
    );
    const dangling = await check('dangling.test', { subdomains: 'old' });
    expect(byRule(dangling, 'dangling-cname')?.message).toMatch(
      /^old.dangling.test is a CNAME to gone-app.herokudns.example., which does not resolve/,
    );
  });

  test('a timeout or SERVFAIL is "could not check", never "missing"; a domain that does not exist is one error', async () => {
    const servfail = await check('servfail.test');
    expect(byRule(servfail, 'dns-error')).toMatchObject({
      level: 'error',
      message: expect.stringMatching(/ESERVFAIL/),
    });
    expect(servfail.annotations.some((a) => a.title?.startsWith('dmarc-missing'))).toBe(false);
    const timeout = await check('timeout.test');
    expect(timeout.exitCode).toBe(1);
    expect(timeout.annotations.filter((a) => a.level === 'error' && a.title)).toHaveLength(1);
    expect(timeout.annotations[0].message).toMatch(/^every lookup for timeout.test failed: ETIMEOUT/);
    const nx = await check('nothing-here.test');
    expect(nx.annotations.filter((a) => a.level === 'error' && a.title)).toEqual([
      expect.objectContaining({ title: 'domain-missing: Domain does not exist' }),
    ]);
  });
});

describe("dns-check against Debian's NSD serving a zone file", () => {
  test('the same rules over live DNS from a real authoritative server', async () => {
    const zone = [
      '$ORIGIN shop.test.',
      '$TTL 300',
      '@ IN SOA ns1.shop.test. admin.shop.test. ( 1 7200 900 1209600 300 )',
      '@ IN NS ns1',
      'ns1 IN A 127.0.0.1',
      '@ IN A 203.0.113.10',
      '@ IN MX 10 mail',
      'mail IN A 203.0.113.25',
      '@ IN TXT "v=spf1 mx ?all"',
      '_dmarc IN TXT "v=DMARC1; p=none; rua=mailto:d@shop.test"',
      '',
    ].join('\n');
    const nsd = await startNsd('shop.test', zone);
    if (typeof nsd === 'string') {
      console.warn(`SKIPPED the NSD test: ${nsd}`);
      return;
    }
    try {
      const run = await runAction('dns-check', {
        inputs: { domain: 'shop.test', resolver: nsd.address, expect: '@ A 203.0.113.10' },
      });
      expect(ruleIds(run)).toEqual(expect.arrayContaining(['error spf-permissive-all', 'notice dmarc-policy']));
      expect(
        run.annotations.some((a) => a.title?.startsWith('record-mismatch') || a.title?.startsWith('dns-error')),
      ).toBe(false);
    } finally {
      nsd.stop();
    }
  });
});

describe('dns-check on a zone file (DNS as code)', () => {
  test('findings are annotated on the record lines of the zone file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-zone-'));
    writeFileSync(
      path.join(dir, 'example.zone'),
      [
        '$ORIGIN shop.test.',
        '$TTL 300',
        '@   IN A 203.0.113.10',
        '@   IN MX 10 mail',
        'mail IN CNAME mx1.provider.example.',
        '@   IN TXT "v=spf1 include:_spf.provider.example ?all"',
        '_dmarc IN TXT ( "v=DMARC1; p=none;"',
        '        " rua=mailto:d@shop.test" )',
        'www IN CNAME @',
        '',
      ].join('\n'),
    );
    const run = await runAction('dns-check', {
      cwd: dir,
      inputs: { domain: 'shop.test', 'zone-file': 'example.zone', expect: 'www CNAME shop.test.' },
    });
    expect(run.exitCode).toBe(1);
    expect(byRule(run, 'spf-permissive-all')).toMatchObject({ file: 'example.zone', line: 6 });
    expect(byRule(run, 'mx-target')).toMatchObject({ file: 'example.zone', line: 4 });
    expect(byRule(run, 'dmarc-policy')).toMatchObject({ level: 'notice', file: 'example.zone', line: 7 });
  });

  test('the example app zone file passes', async () => {
    const run = await runAction('dns-check', {
      cwd: ROOT,
      inputs: {
        domain: 'ops.example.com',
        'zone-file': 'examples/ops-app/ops.example.com.zone',
        'dkim-selectors': 'mail',
        require: 'mx,spf,dkim,dmarc',
      },
    });
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(run.exitCode).toBe(0);
  });

  test('OctoDNS YAML zones are checked the same way, on the record lines', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-octo-'));
    writeFileSync(
      path.join(dir, 'shop.test.yaml'),
      [
        '---',
        "'':",
        '  - type: A',
        '    value: 203.0.113.10',
        '  - type: MX',
        '    values:',
        '      - exchange: mail.shop.test.',
        '        preference: 10',
        '  - type: TXT',
        '    values:',
        '      - v=spf1 mx +all',
        'mail:',
        '  type: A',
        '  value: 203.0.113.25',
        '_dmarc:',
        '  type: TXT',
        '  value: v=DMARC1\\; p=reject\\; rua=mailto:d@shop.test',
        'www:',
        '  type: CNAME',
        '  value: shop.test.',
        '',
      ].join('\n'),
    );
    const run = await runAction('dns-check', {
      cwd: dir,
      inputs: {
        domain: 'shop.test',
        'zone-file': 'shop.test.yaml',
        expect: 'www CNAME shop.test.\n@ MX 10 mail.shop.test.',
      },
    });
    expect(ruleIds(run).filter((r) => r.startsWith('error'))).toEqual(['error spf-permissive-all']);
    expect(byRule(run, 'spf-permissive-all')).toMatchObject({ file: 'shop.test.yaml', line: 9 });
    expect(run.summary).toContain('v=DMARC1; p=reject; rua=mailto:d@shop.test');
  });

  test('names outside the zone are "not checked" in the table as in the findings; other record types are kept', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-zone-'));
    writeFileSync(
      path.join(dir, 'real.zone'),
      [
        '$ORIGIN real.test.',
        '@ IN A 203.0.113.10',
        '@ IN MX 10 aspmx.provider.example.',
        '@ IN TXT "v=spf1 include:_spf.provider.example -all"',
        '@ IN CAA 0 issue "letsencrypt.org"',
        '@ IN TYPE257 \\# 3 000000',
        '@ IN DNSKEY 257 3 13 ( mdsswUyr3DPW132mOi8V9xESWE8jTo0d',
        '                        xCjjnopKl+GqJxpVXckHAeF+KkxLbxIL )',
        'www IN SSHFP 4 2 abcdef0123456789',
        '_443._tcp.www IN TLSA 3 1 1 0C72AC70B745AC19998811B131D662C9',
        'blog IN CNAME hosted.provider.example.',
        '_dmarc IN TXT "v=DMARC1; p=reject; rua=mailto:d@real.test"',
        '',
      ].join('\n'),
    );
    const run = await runAction('dns-check', {
      cwd: dir,
      inputs: { domain: 'real.test', 'zone-file': 'real.zone', subdomains: 'blog', 'dkim-selectors': '' },
    });
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('| 10 aspmx.provider.example. | not checked (outside the zone) | — |');
    expect(run.summary).not.toContain('resolves');
    expect(run.summary).toContain('| blog.real.test | hosted.provider.example. | not checked (outside the zone) | — |');
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: 'notice', title: 'dns-error: Could not check blog.real.test' }),
    );
  });

  test('a parked domain (no MX) without SPF is told to publish v=spf1 -all', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-zone-'));
    writeFileSync(
      path.join(dir, 'parked.zone'),
      [
        '$ORIGIN parked.test.',
        '@ IN A 203.0.113.10',
        '_dmarc IN TXT "v=DMARC1; p=reject; rua=mailto:d@parked.test"',
        '',
      ].join('\n'),
    );
    const run = await runAction('dns-check', {
      cwd: dir,
      inputs: { domain: 'parked.test', 'zone-file': 'parked.zone' },
    });
    expect(byRule(run, 'spf-missing')?.message).toMatch(/Fix: Publish TXT "v=spf1 -all": parked.test takes no mail/);
  });

  test('an unreadable zone file is one error with its line', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-zone-'));
    writeFileSync(path.join(dir, 'bad.zone'), '$ORIGIN x.test.\n@ IN A 1.2.3.4\n@ IN BOGUS 1\n');
    const run = await runAction('dns-check', { cwd: dir, inputs: { domain: 'x.test', 'zone-file': 'bad.zone' } });
    expect(run.annotations).toHaveLength(1);
    expect(run.annotations[0].message).toMatch(/^bad.zone:3: unknown or missing record type 'BOGUS'/);
  });
});

describe('dns-check HTTPS with a test CA', () => {
  const ca = new TestCA();
  let dir: string;
  const servers: { close: () => void }[] = [];
  const start = async (certHosts: string[], days: number, handler?: (req: any, res: any) => void) => {
    const leaf = ca.issue(certHosts, { days });
    const s = createHttpsServer(
      { key: leaf.key, cert: leaf.cert },
      handler ?? ((_q, r) => r.writeHead(200, { 'strict-transport-security': 'max-age=31536000' }).end('ok')),
    );
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    servers.push(s);
    return (s.address() as AddressInfo).port;
  };
  let httpPort: number;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lg-tls-'));
    writeFileSync(path.join(dir, 'ca.pem'), ca.pem);
    const http = createServer((req, res) => res.writeHead(301, { location: `https://localhost${req.url}` }).end());
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    servers.push(http);
    httpPort = (http.address() as AddressInfo).port;
  });
  afterAll(() => servers.forEach((s) => s.close()));

  const tls = (port: number, extra: Record<string, string> = {}) =>
    runAction('dns-check', {
      cwd: dir,
      inputs: {
        domain: 'good.test',
        resolver: dns.address,
        'timeout-ms': '500',
        https: `localhost:${port}`,
        'ca-file': 'ca.pem',
        'http-port': String(httpPort),
        ...extra,
      },
    });

  test('valid: trusted through ca-file, HSTS reported, http redirects with 301', async () => {
    const run = await tls(await start(['localhost'], 90));
    expect(run.annotations.filter((a) => a.title?.startsWith('localhost'))).toEqual([]);
    expect(run.summary).toMatch(/\| localhost:\d+ \| launchgate test CA \| .* \| (89|90) \| max-age=31536000 \| ✅ \|/);
  });

  test('expired, wrong host, expiring in 3 days, untrusted without the CA', async () => {
    const expired = await tls(await start(['localhost'], -2));
    expect(ruleIds(expired)).toContain('error https-expired');
    const wrong = await tls(await start(['other.example'], 90));
    expect(byRule(wrong, 'https-wrong-host')?.message).toMatch(/^the certificate is not valid for localhost/);
    const soon = await tls(await start(['localhost'], 3));
    expect(byRule(soon, 'https-expiring')).toMatchObject({
      level: 'error',
      message: expect.stringMatching(/^the certificate expires in [23] day\(s\)/),
    });
    const untrusted = await runAction('dns-check', {
      cwd: dir,
      inputs: {
        domain: 'good.test',
        resolver: dns.address,
        https: `localhost:${await start(['localhost'], 90)}`,
        'http-port': String(httpPort),
      },
    });
    expect(ruleIds(untrusted)).toContain('error https-untrusted');
    // The home page cannot be fetched over a refused certificate: its checks are could-not-check, saying why.
    expect(byRule(untrusted, 'https-no-answer')?.message).toMatch(
      /was not fetched, because the client refuses its certificate/,
    );
  });

  test('mixed content on the home page names the element', async () => {
    const port = await start(['localhost'], 90, (_q, r) =>
      r
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<html><script src="http://cdn.example.com/app.js"></script><img src="/logo.png"></html>'),
    );
    const run = await tls(port);
    expect(byRule(run, 'mixed-content')?.message).toMatch(
      /loads <script src="http:\/\/cdn.example.com\/app.js"> over plain HTTP/,
    );
    expect(run.annotations.filter((a) => a.title?.startsWith('mixed-content'))).toHaveLength(1);
  });

  test('expect-proxy cloudflare: a host outside the edge ranges, or without its headers, bypasses the edge', async () => {
    const port = await start(['localhost'], 90);
    const run = await tls(port, { 'expect-proxy': 'cloudflare' });
    const bypass = run.annotations.filter((a) => a.title?.startsWith('edge-bypass')).map((a) => a.message);
    expect(bypass.join('\n')).toMatch(/answered without Cloudflare's headers/);
    expect(bypass.join('\n')).toMatch(
      /localhost resolves to 127.0.0.1, outside Cloudflare's ranges \(list of 2026-11-01\)/,
    );
    const inRange = await tls(port, { 'expect-proxy': 'cloudflare', 'proxy-ranges': '127.0.0.0/8,::1/128' });
    expect(
      inRange.annotations
        .filter((a) => a.title?.startsWith('edge-bypass'))
        .map((a) => a.message)
        .join(),
    ).not.toMatch(/outside/);
  });

  test('canonical host: a host that does not redirect to it is an error', async () => {
    const port = await start(['localhost'], 90);
    const run = await tls(port, { 'canonical-host': 'www.good.test' });
    expect(byRule(run, 'https-not-canonical')?.message).toMatch(
      /answers 200, not a 301\/308 to the canonical host www.good.test/,
    );
  });
});

describe('dns-check bad input', () => {
  test('a domain that is not a domain name, and a resolver that is not an address', async () => {
    const bad = await runAction('dns-check', { inputs: { domain: 'not a domain' } });
    expect(bad.annotations[0].message).toBe(
      `Input 'domain' got "not a domain"; accepted: a domain name such as example.com.`,
    );
    const res = await runAction('dns-check', { inputs: { domain: 'example.com', resolver: 'dns.google' } });
    expect(res.annotations[0].message).toBe(
      `Input 'resolver' got "dns.google"; accepted: nameserver addresses IP[:port], comma-separated.`,
    );
  });
});
