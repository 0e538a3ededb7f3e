import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHECKS } from '../../src/checks/registry.js';
import { buildLaunchMap } from '../../src/map/build.js';
import { jobRole, parseWorkflow } from '../../src/map/workflows.js';
import { startDnsServer } from '../helpers/dns-server.js';
import { TestCA } from '../helpers/test-ca.js';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createTlsServer, type Server } from 'node:tls';
import type { AddressInfo } from 'node:net';

const ZONE = `$ORIGIN shop.example.com.
$TTL 300
@     IN SOA ns1 hostmaster ( 1 7200 900 1209600 300 )
@     IN A     76.76.21.21
www   IN CNAME cname.vercel-dns.com.
api   IN CNAME my-api.fly.dev.
@     IN MX    1 aspmx.l.google.com.
@     IN TXT   "v=spf1 include:_spf.google.com include:sendgrid.net -all"
google._domainkey IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkq"
_dmarc IN TXT  "v=DMARC1; p=reject; rua=mailto:d@shop.example.com,mailto:x@reports.example"
`;

const DEPLOY = `name: Deploy
on:
  push:
    branches: [main]
env:
  NODE_ENV: production
jobs:
  deploy:
    environment: production
    runs-on: ubuntu-latest
    env:
      STRIPE_KEY: \${{ secrets.STRIPE_SECRET_KEY }}
    steps:
      - run: ./deploy.sh --region \${{ vars.REGION }} --token \${{secrets.DEPLOY_TOKEN}}
`;
const CHECKS_WF = `on:
  pull_request:
  schedule:
    - cron: '*/15 * * * *'
jobs:
  gates:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/launchgate@v1
        with:
          config: launchgate.yml
`;

function repo(config: string, workflows: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'map-build-'));
  writeFileSync(path.join(dir, 'launchgate.yml'), config);
  writeFileSync(path.join(dir, 'shop.example.com.zone'), ZONE);
  mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
  for (const [name, text] of Object.entries(workflows))
    writeFileSync(path.join(dir, '.github', 'workflows', name), text);
  return dir;
}

const build = (dir: string) =>
  buildLaunchMap({
    configPath: path.join(dir, 'launchgate.yml'),
    configName: 'launchgate.yml',
    repoDir: dir,
    checks: CHECKS,
    githubMissing: 'no token in this test',
    tlsTimeoutMs: 2000,
  });

describe('buildLaunchMap from a zone file and workflows', () => {
  it('maps names, hosting, mail, environments, release checks, deploys, owners and risks', async () => {
    const dir = repo(
      `dns:\n  domain: shop.example.com\n  zone-file: shop.example.com.zone\nsecrets: {}\nowners:\n  dns: ana@shop.example.com\n  hosting: Vercel team, ops@shop.example.com\n`,
      { 'deploy.yml': DEPLOY, 'checks.yml': CHECKS_WF },
    );
    const map = await build(dir);
    const byName = Object.fromEntries(map.names.map((n) => [n.name, n]));
    expect(byName['shop.example.com'].hosting?.provider).toBe('Vercel');
    expect(byName['www.shop.example.com']).toMatchObject({
      cnames: ['cname.vercel-dns.com'],
      hosting: { provider: 'Vercel' },
    });
    // The CNAME leaves the zone file: its addresses are unknown, with the reason, while the hosting is known.
    expect(byName['api.shop.example.com'].hosting?.provider).toBe('Fly.io');
    expect(byName['api.shop.example.com'].unknown).toMatch(/outside shop\.example\.com\.zone/);
    expect(map.mail.receiving.map((r) => r.provider)).toEqual(['Google Workspace']);
    expect(map.mail.sending.map((r) => r.provider)).toEqual(['Google Workspace', 'SendGrid']);
    expect(map.mail.dkimSelectors).toEqual(['google']);
    expect(map.mail.dmarc).toMatchObject({
      policy: 'reject',
      rua: ['mailto:d@shop.example.com', 'mailto:x@reports.example'],
    });
    expect(map.environments.uses).toEqual([
      {
        workflow: '.github/workflows/deploy.yml',
        job: 'deploy',
        environment: 'production',
        secrets: ['DEPLOY_TOKEN', 'STRIPE_SECRET_KEY'],
        vars: ['REGION'],
      },
    ]);
    expect(map.environments.githubUnknown).toBe('no token in this test');
    expect(map.releaseChecks).toEqual({
      gates: ['dns', 'secrets'],
      workflows: [
        { file: '.github/workflows/checks.yml', events: ['pull_request', 'schedule'], schedules: ['*/15 * * * *'] },
      ],
      uptime: { schedules: [], alert: 'none' },
    });
    expect(map.deploy).toEqual([
      {
        workflow: '.github/workflows/deploy.yml',
        job: 'deploy',
        role: 'deploy',
        events: ['push'],
        environment: 'production',
      },
    ]);
    expect(map.owners).toMatchObject({
      dns: 'ana@shop.example.com',
      hosting: 'Vercel team, ops@shop.example.com',
      email: null,
    });
    const risks = map.risks.map((r) => r.id);
    expect(risks).toEqual(
      expect.arrayContaining(['no-rollback-workflow', 'owner-missing:email', 'owner-missing:on-call']),
    );
    expect(risks).not.toContain('no-deploy-workflow');
    expect(risks).not.toContain('owner-missing:dns');
    expect(risks).not.toContain('no-release-checks');
  });

  it('an owners entry of the wrong shape is an error naming its line', async () => {
    const dir = repo(
      `dns:\n  domain: shop.example.com\n  zone-file: shop.example.com.zone\nowners:\n  dns: ana\n  pager: [1, 2]\n`,
    );
    await expect(build(dir)).rejects.toThrow(/launchgate\.yml:6: owners: unknown key 'pager'; accepted keys: dns, /);
    const dir2 = repo(`owners:\n  dns:\n    - ana\n`);
    await expect(build(dir2)).rejects.toThrow(/launchgate\.yml:3: owners\.dns: /);
  });

  it('without a dns section, names and mail are unknown with the reason, and the map is still built', async () => {
    const map = await build(repo('secrets: {}\n'));
    expect(map.dnsSource).toBe('unknown (no dns section in launchgate.yml)');
    expect(map.mail.unknown).toBe('no dns section in launchgate.yml');
    expect(map.risks.map((r) => r.id)).toEqual(expect.arrayContaining(['no-deploy-workflow', 'no-release-checks']));
  });
});

describe('buildLaunchMap on live DNS', () => {
  let server: Awaited<ReturnType<typeof startDnsServer>>;
  beforeAll(async () => {
    server = await startDnsServer({
      'live.example': {
        A: ['185.199.108.153'],
        MX: [[10, 'live-example.mail.protection.outlook.com']],
        TXT: ['v=spf1 include:spf.protection.outlook.com -all'],
      },
      'app.live.example': { CNAME: 'app.onrender.com' },
      'app.onrender.com': { A: ['216.24.57.4'] },
      'slow.live.example': 'TIMEOUT',
      '_dmarc.live.example': 'SERVFAIL',
    });
  });
  afterAll(() => server.close());

  it('recognises hosting through the CNAME chain; a lookup that failed is unknown with its reason', async () => {
    const dir = repo(
      `dns:\n  domain: live.example\n  resolver: ${server.address}\n  subdomains: app,slow\n  dkim-selectors: selector1\n  timeout-ms: 300\n`,
    );
    const map = await build(dir);
    const byName = Object.fromEntries(map.names.map((n) => [n.name, n]));
    expect(byName['live.example'].hosting?.provider).toBe('GitHub Pages');
    expect(byName['app.live.example']).toMatchObject({
      cnames: ['app.onrender.com'],
      addresses: ['216.24.57.4'],
      hosting: { provider: 'Render' },
    });
    expect(byName['slow.live.example'].unknown).toMatch(/ETIMEOUT|timeout/i);
    expect(byName['slow.live.example'].hosting).toBeUndefined();
    expect(map.mail.receiving[0].provider).toBe('Microsoft 365');
    expect(map.mail.dmarc).toBeUndefined();
    expect(map.mail.unknown).toMatch(/^DMARC: /);
    // A DMARC lookup that failed is not "no DMARC record".
    expect(map.risks.map((r) => r.id)).not.toContain('no-dmarc');
  });

  it('an unreachable HTTPS host gets an unknown certificate with the reason', async () => {
    const dir = repo(
      `dns:\n  domain: live.example\n  resolver: ${server.address}\n  https: 127.0.0.1:1\n  timeout-ms: 300\n`,
    );
    const map = await build(dir);
    expect(map.certificates).toEqual([
      {
        host: '127.0.0.1:1',
        unknown: expect.stringMatching(/ECONNREFUSED/),
        redirects: {
          http: expect.stringMatching(/^unknown \(/),
          https: expect.stringMatching(/^unknown \(.*ECONNREFUSED/),
        },
      },
    ]);
  });
});

describe('certificates', () => {
  const ca = new TestCA();
  let server: Server;
  let port = 0;
  let plain: HttpServer;
  let httpPort = 0;
  beforeAll(async () => {
    const leaf = ca.issue(['localhost'], { days: 10 });
    server = createTlsServer({ key: leaf.key, cert: leaf.cert }, (s) => s.end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
    plain = createHttpServer((_q, r) => r.writeHead(301, { location: 'https://localhost/' }).end());
    await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
    httpPort = (plain.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    await new Promise<void>((r) => plain.close(() => r()));
  });

  it('reads issuer and expiry; trusted only with the ca-file; a near expiry is a risk', async () => {
    const dir = repo(
      `dns:\n  domain: shop.example.com\n  zone-file: shop.example.com.zone\n  https: 127.0.0.1:${port}\n  http-port: ${httpPort}\n`,
    );
    const map = await build(dir);
    expect(map.certificates).toEqual([
      {
        host: `127.0.0.1:${port}`,
        issuer: 'launchgate test CA',
        subject: 'localhost',
        validTo: expect.any(String),
        daysLeft: expect.any(Number),
        trusted: false,
        // The TLS server speaks no HTTP: that hop is unknown, with why; the plain one redirects.
        redirects: { http: '301 → https://localhost/', https: expect.stringMatching(/^unknown \(/) },
      },
    ]);
    expect(map.certificates[0].daysLeft).toBeGreaterThanOrEqual(8);
    expect(map.certificates[0].daysLeft).toBeLessThanOrEqual(10);
    expect(map.risks.map((r) => r.id)).toContain(`cert-expiring:127.0.0.1:${port}`);
    writeFileSync(path.join(dir, 'ca.pem'), ca.pem);
    writeFileSync(
      path.join(dir, 'launchgate.yml'),
      `dns:\n  domain: shop.example.com\n  zone-file: shop.example.com.zone\n  https: localhost:${port}\n  ca-file: ca.pem\n`,
    );
    const withCa = await build(dir);
    expect(withCa.certificates[0]).toMatchObject({
      host: `localhost:${port}`,
      issuer: 'launchgate test CA',
      trusted: true,
    });
  });
});

describe('uptime', () => {
  it('the smoke gate on a schedule with its alert; without a schedule it is a risk', async () => {
    const withAlert = await build(
      repo('smoke:\n  base-url: http://127.0.0.1:1\n  alert-issue: true\n  alert-after: 3\n', {
        'checks.yml': CHECKS_WF,
      }),
    );
    expect(withAlert.releaseChecks.uptime).toEqual({
      schedules: ['*/15 * * * *'],
      alert: 'a GitHub issue labelled launchgate-outage after 3 failed scheduled run(s)',
    });
    const silent = await build(repo('smoke:\n  base-url: http://127.0.0.1:1\n', { 'checks.yml': CHECKS_WF }));
    expect(silent.risks.map((r) => r.id)).toContain('no-uptime-alert');
    const unscheduled = await build(repo('smoke:\n  base-url: http://127.0.0.1:1\n'));
    expect(unscheduled.risks.map((r) => r.id)).toContain('no-uptime-schedule');
  });

  it('an uptime step with an alert channel in a scheduled workflow counts as the alert', async () => {
    const uptimeWf = [
      'on:',
      '  schedule:',
      "    - cron: '*/5 * * * *'",
      'jobs:',
      '  watch:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: launchgate/launchgate/actions/uptime@v1',
      '        with:',
      '          urls: https://example.com/',
      '          slack-webhook: ${{ secrets.SLACK_WEBHOOK_URL }}',
      '',
    ].join('\n');
    const map = await build(repo('smoke:\n  base-url: http://127.0.0.1:1\n', { 'uptime.yml': uptimeWf }));
    expect(map.risks.map((r) => r.id)).not.toContain('no-uptime-alert');
    expect(map.releaseChecks.uptime?.alert).toBe('uptime slack-webhook (.github/workflows/uptime.yml)');
  });
});

describe('workflows', () => {
  it('finds roles by job, workflow and file names', () => {
    const wf = parseWorkflow(
      '.github/workflows/ops.yml',
      `on: workflow_dispatch\njobs:\n  roll-back:\n    runs-on: x\n  test:\n    runs-on: x\n`,
    );
    expect(wf.jobs.map((j) => jobRole(wf, j))).toEqual(['rollback', undefined]);
    const bad = parseWorkflow('x.yml', 'jobs: [');
    expect(bad.error).toBeTruthy();
  });

  it('a workflow built to blow up (an alias bomb) is reported unreadable, not expanded', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(10)
          .fill(`*${'abcdefghij'[i - 1]}`)
          .join(',')}]`,
      );
    const bomb = parseWorkflow('bomb.yml', `${levels.join('\n')}\njobs:\n  deploy:\n    steps: *i\n`);
    expect(bomb.error).toBeTruthy();
    expect(bomb.jobs).toEqual([]);
  });
});

describe('GitHub environments', () => {
  const fakeApi = (envs: Record<string, { secrets: string[]; vars: string[] } | 'FAIL'>) => ({
    owner: 'acme',
    repo: 'shop',
    calls: [] as string[],
    async request(route: string) {
      this.calls.push(route);
      if (route === 'GET /repos/acme/shop/environments')
        return { status: 200, data: { environments: Object.keys(envs).map((name) => ({ name })) } };
      const m = /^GET \/repos\/acme\/shop\/environments\/([^/]+)\/(secrets|variables)$/.exec(route);
      const env = m && envs[decodeURIComponent(m[1])];
      if (!m || !env) throw new Error(`unexpected ${route}`);
      if (env === 'FAIL') throw new Error('HttpError: Resource not accessible by integration');
      return m[2] === 'secrets'
        ? { status: 200, data: { secrets: env.secrets.map((name) => ({ name })) } }
        : { status: 200, data: { variables: env.vars.map((name) => ({ name })) } };
    },
  });

  it('flags a name a production workflow reads that its environment does not define', async () => {
    const dir = repo('secrets: {}\n', { 'deploy.yml': DEPLOY });
    const api = fakeApi({ production: { secrets: ['DEPLOY_TOKEN'], vars: [] }, staging: 'FAIL' });
    const map = await buildLaunchMap({
      configPath: path.join(dir, 'launchgate.yml'),
      configName: 'launchgate.yml',
      repoDir: dir,
      checks: CHECKS,
      github: api,
    });
    expect(map.environments.githubUnknown).toBeUndefined();
    expect(map.environments.github).toEqual([
      { name: 'production', secrets: ['DEPLOY_TOKEN'], vars: [] },
      { name: 'staging', unknown: 'HttpError: Resource not accessible by integration' },
    ]);
    const ids = map.risks.map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining(['secret-undefined:production:STRIPE_SECRET_KEY', 'var-undefined:production:REGION']),
    );
    expect(ids).not.toContain('secret-undefined:production:DEPLOY_TOKEN');
  });

  it('a production environment GitHub does not have is a risk; an API failure is unknown with its reason', async () => {
    const dir = repo('secrets: {}\n', { 'deploy.yml': DEPLOY });
    const none = await buildLaunchMap({
      configPath: path.join(dir, 'launchgate.yml'),
      configName: 'launchgate.yml',
      repoDir: dir,
      checks: CHECKS,
      github: fakeApi({}),
    });
    expect(none.risks.map((r) => r.id)).toContain('environment-missing:production');
    const failing = {
      owner: 'acme',
      repo: 'shop',
      request: async () => {
        throw new Error('HttpError: Bad credentials');
      },
    };
    const broken = await buildLaunchMap({
      configPath: path.join(dir, 'launchgate.yml'),
      configName: 'launchgate.yml',
      repoDir: dir,
      checks: CHECKS,
      github: failing,
    });
    expect(broken.environments.githubUnknown).toBe('HttpError: Bad credentials');
    expect(broken.risks.map((r) => r.id).some((id) => id.startsWith('secret-undefined'))).toBe(false);
  });
});
