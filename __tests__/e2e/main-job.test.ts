import { describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { CHROMIUM, runChromium } from '../helpers/chromium.js';
import { ROOT, runAction, runCli } from '../helpers/run-action.js';
import { expectUploadableSarif } from '../helpers/sarif.js';

type Node = DefaultTreeAdapterMap['node'];
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as any).value;
  return ((node as any).childNodes ?? []).map(textOf).join('');
}
function findAll(node: Node, pred: (n: any) => boolean, out: any[] = []): any[] {
  if (pred(node)) out.push(node);
  for (const c of (node as any).childNodes ?? []) findAll(c, pred, out);
  return out;
}

describe('the demo (npm start)', () => {
  test('runs every gate against ops-app, finds the planted key, passes the rest, and writes a readable HTML report', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'lg-demo-'));
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), 'demo'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, LAUNCHGATE_DEMO_FAST: '1', RUNNER_TEMP: cwd },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((resolve) => child.on('close', resolve));
    if (code !== 0) throw new Error(`the demo exited ${code}:\n${stdout.slice(-2500)}\n${stderr.slice(-1500)}`);
    expect(stdout).toMatch(/^secret-scan +FAIL +1 +0/m);
    for (const gate of ['smoke-test', 'latency-budget', 'migration-check', 'dns-check', 'bundle-budget'])
      expect(stdout).toMatch(new RegExp(`^${gate} +PASS`, 'm'));
    expect(stdout).toContain('The demo behaved as designed');
    expect(stderr).toMatch(/ops-app is running at http:\/\/127\.0\.0\.1:\d+ \(its own process\)/);

    const html = readFileSync(path.join(cwd, 'launchgate-report.html'), 'utf8');
    const doc = parse(html, {
      onParseError: (e) => {
        throw new Error(`HTML parse error ${e.code} at line ${e.startLine}`);
      },
    });
    const cards = findAll(
      doc,
      (n) => n.nodeName === 'section' && n.attrs?.some((a: any) => a.name === 'class' && a.value.startsWith('card')),
    );
    expect(cards.map((c) => c.attrs.find((a: any) => a.name === 'id').value)).toEqual([
      'secret-scan',
      'smoke-test',
      'latency-budget',
      'migration-check',
      'dns-check',
      'bundle-budget',
    ]);
    const secretCard = textOf(cards[0]);
    expect(secretCard).toContain('FAIL');
    expect(secretCard).toContain('aws-access-token');
    expect(secretCard).toMatch(/config\/staging\.env:3/);
    expect(secretCard).not.toMatch(/AKIA[A-Z2-7]{16}/);
    expect(secretCard).toContain('Failed as designed');
    expect(secretCard).toMatch(/planted/i);
    // The smoke card proves the automation-safety properties of ops-app, a row each: the signed webhook is
    // processed once, tampered, unsigned and replayed copies are not; guessing passwords meets a 429; the health
    // endpoint's database check has its own row.
    const smokeRows = findAll(cards[1], (n) => n.nodeName === 'tr').map((tr) =>
      findAll(tr, (n) => n.nodeName === 'td' || n.nodeName === 'th')
        .map((c) => textOf(c).trim())
        .join(' | '),
    );
    for (const row of [
      /^signed payment webhook \| signed delivery \| 202 \| \d+ \| ✅ pass$/,
      /^signed payment webhook \| tampered delivery refused \| 401 \| \d+ \| ✅ pass$/,
      /^signed payment webhook \| unsigned delivery refused \| 401 \| \d+ \| ✅ pass$/,
      /^signed payment webhook \| replayed delivery \| 200 \| \d+ \| ✅ pass$/,
      /^signed payment webhook \| processed once \| 200 \| \d+ \| ✅ pass$/,
      /^login rate limit \| password guessing is limited \| 429 \| \d+ \| ✅ limited after 6 of 10 requests \(HTTP 429; retry-after: \d+, ratelimit-limit: 5/,
      /^health \| health and its database check › orders-db:responseTime \| — \| — \| ✅ pass$/,
      /^home page \| home page loads \| 200 \| \d+ \| ✅ pass$/,
    ])
      expect(smokeRows.some((r) => row.test(r))).toBe(true);
    // headers-baseline on the home page: no smoke-header-missing warning.
    expect(textOf(cards[1])).toContain('0 warning(s)');
    // The bundle card: the console's budgets, and the page's three assets as ops-app serves them (brotli, immutable).
    const bundleRows = findAll(cards[5], (n) => n.nodeName === 'tr').map((tr) =>
      findAll(tr, (n) => n.nodeName === 'td' || n.nodeName === 'th')
        .map((c) => textOf(c).trim())
        .join(' | '),
    );
    for (const row of [
      /^console script \| brotli \| \d+ B \| 5 kB \| .* \| 1 \| ✅ within budget$/,
      /^console styles \| gzip \| \d+ B \| 2 kB \| .* \| 1 \| ✅ within budget$/,
      /^images \| brotli \| \d+ B \| 2 kB \| .* \| 1 \| ✅ within budget$/,
      /\/assets\/app\.[0-9a-f]{8}\.js \| script \| \d+ B \| br \| public, max-age=31536000, immutable$/,
      /\/assets\/app\.[0-9a-f]{8}\.css \| stylesheet \| \d+ B \| br \| public, max-age=31536000, immutable$/,
      /\/assets\/logo\.[0-9a-f]{8}\.svg \| image \| \d+ B \| br \| public, max-age=31536000, immutable$/,
    ])
      expect(bundleRows.some((r) => row.test(r))).toBe(true);
    expect(textOf(cards[5])).toContain('No findings');
    const headline = findAll(doc, (n) => n.attrs?.some((a: any) => a.name === 'class' && /^headline/.test(a.value)));
    expect(textOf(headline[0])).toContain('The demo behaved as designed');
    expect(headline[0].attrs.find((a: any) => a.name === 'class').value).toBe('headline');
    // The latency card's chart: one bar per route, each wide enough to see, whatever the p95 against its budget.
    expect(findAll(cards[2], (n) => n.nodeName === 'svg')).toHaveLength(1);
    const bars = findAll(cards[2], (n) => n.nodeName === 'rect');
    expect(bars).toHaveLength(3);
    for (const bar of bars)
      expect(Number(bar.attrs.find((a: any) => a.name === 'width').value)).toBeGreaterThanOrEqual(4);

    // The uptime dashboard beside the report: 3 simulated hours of 1-minute checks of the home page, /health and
    // the login flow, with the outage the demo caused by stopping ops-app for 5 minutes and starting it again.
    const dashboardPath = path.join(cwd, 'launchgate-uptime', 'index.html');
    expect(stdout).toContain(`Uptime dashboard: ${dashboardPath}`);
    const dashboard = parse(readFileSync(dashboardPath, 'utf8'), {
      onParseError: (e) => {
        throw new Error(`dashboard HTML parse error ${e.code} at line ${e.startLine}`);
      },
    });
    const checks = findAll(
      dashboard,
      (n) => n.nodeName === 'section' && n.attrs?.some((a: any) => a.name === 'class' && a.value === 'check'),
    );
    expect(checks.map((c) => textOf(findAll(c, (n) => n.nodeName === 'h2')[0]).trim())).toEqual([
      expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/ Up$/),
      expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/health Up$/),
      'login and list orders Up',
    ]);
    for (const check of checks) {
      const incidents = findAll(check, (n) => n.nodeName === 'tr')
        .map((tr) => findAll(tr, (n) => n.nodeName === 'td').map((td) => textOf(td).trim()))
        .filter((cells) => cells[0] === 'Outage');
      expect(incidents.some((cells) => /connection refused/.test(cells[4] ?? ''))).toBe(true);
      expect(textOf(check)).toMatch(/180 checks in 24 h/);
    }
    expect(existsSync(path.join(cwd, 'launchgate-uptime', 'badges', 'login-and-list-orders-uptime.svg'))).toBe(true);
    // Badge names leave out the app's port, which changes every run.
    expect(existsSync(path.join(cwd, 'launchgate-uptime', 'badges', '127-0-0-1-health-status.svg'))).toBe(true);
    // The latency routes' p95 runs against their budgets, and the deploys the demo made with their smoke verdicts.
    const dashboardHtml = readFileSync(dashboardPath, 'utf8');
    expect(dashboardHtml.match(/<section class="check route"/g)).toHaveLength(3);
    expect(dashboardHtml.match(/<tr><td>[^<]+<\/td><td><code>[0-9a-f]{7}<\/code><\/td><td>main<\/td>/g)).toHaveLength(
      3,
    );

    // The launch map beside the report: ops-app's names from its zone file, mail, its deploy and rollback jobs and
    // the secret names they use (never values), owners, and the same top fixes as the report.
    expect(stdout).toContain(`Launch map: ${path.join(cwd, 'launch-map.html')}`);
    const launchMap = JSON.parse(readFileSync(path.join(cwd, 'launch-map.json'), 'utf8'));
    expect(launchMap.names.map((n: { name: string }) => n.name)).toContain('ops.example.com');
    expect(launchMap.deploy.map((d: { role: string }) => d.role).sort()).toEqual(['deploy', 'rollback']);
    expect(launchMap.owners.dns).toMatch(/Ana Pereira/);
    const mapMarkdown = readFileSync(path.join(cwd, 'launch-map.md'), 'utf8');
    expect(mapMarkdown).toContain('DATABASE_URL');
    expect(mapMarkdown).toMatch(/Top \d+ fix/);

    // Opened once in a real browser, where one is installed: it renders to a non-empty screenshot.
    if (!CHROMIUM) {
      console.warn(
        'SKIPPED the headless Chromium screenshot of the HTML report: no chromium installed (apt-get install chromium)',
      );
      return;
    }
    const shot = path.join(cwd, 'report.png');
    await runChromium(path.join(cwd, 'launchgate-report.html'), '1100,1600', [`--screenshot=${shot}`]);
    const png = readFileSync(shot);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10000);

    // At 420 px wide nothing spills: the page does not scroll sideways, and no element outside a scrolling table
    // box reaches past its card. A copy of the page measures itself and writes what it found into the DOM.
    const probe = path.join(cwd, 'probe.html');
    writeFileSync(
      probe,
      html.replace(
        '</body>',
        `<script>
const spill = [];
if (document.documentElement.scrollWidth > window.innerWidth) spill.push('page ' + document.documentElement.scrollWidth);
for (const card of document.querySelectorAll('.card')) {
  const box = card.getBoundingClientRect();
  for (const el of card.querySelectorAll('*')) {
    if (el.closest('.scroll') && !el.classList.contains('scroll')) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5)) spill.push(card.id + ' ' + el.tagName + ' ' + Math.round(r.right) + '>' + Math.round(box.right));
  }
}
document.body.setAttribute('data-spill', JSON.stringify(spill));
</script></body>`,
      ),
    );
    const dom = await runChromium(probe, '420,2000', ['--dump-dom']);
    const found = /data-spill="([^"]*)"/.exec(dom);
    expect(found).not.toBeNull();
    expect(JSON.parse(found![1].replace(/&quot;/g, '"'))).toEqual([]);
  }, 120000);
});

describe('launchgate run', () => {
  function project(): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-run-'));
    cpSync(path.join(ROOT, 'examples/ops-app'), dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'launchgate.yml'),
      [
        'migrations:',
        '  migrations: migrations/*.sql',
        '  changed-only: false',
        '  apply: none',
        'dns:',
        '  domain: ops.example.com',
        '  zone-file: ops.example.com.zone',
        '  dkim-selectors: mail',
        '',
      ].join('\n'),
    );
    return dir;
  }

  test('--only runs the named checks; output of concurrent checks is never interleaved; the combined report is written', async () => {
    const dir = project();
    const r = await runCli(['run', '--only', 'dns,migrations', '--report', 'out/report.json'], {
      cwd: dir,
      env: { LAUNCHGATE_DEBUG: '1' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^migration-check +PASS/m);
    expect(r.stdout).toMatch(/^dns-check +PASS/m);
    const report = JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8'));
    expect(report.reports.map((x: any) => x.check)).toEqual(['migration-check', 'dns-check']);
    // Each check's log lines come as one block.
    const tags = r.stderr
      .split('\n')
      .map((l) => /^\[(\w+)\]/.exec(l)?.[1])
      .filter(Boolean);
    const blocks = tags.filter((t, i) => t !== tags[i - 1]);
    expect(new Set(blocks).size).toBe(blocks.length);
    const only = await runCli(['run', '--only', 'dns'], { cwd: dir });
    expect(only.stdout).not.toContain('migration-check');
    const unknown = await runCli(['run', '--only', 'latency'], { cwd: dir });
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain(
      "--only names 'latency', which launchgate.yml does not configure (it has: migrations, dns).",
    );
  });

  test('--format json, markdown and sarif', async () => {
    const dir = project();
    const json = await runCli(['run', '--only', 'dns', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout).check).toBe('dns-check');
    const md = await runCli(['run', '--only', 'dns', '--format', 'markdown'], { cwd: dir });
    expect(md.stdout).toContain('## launchgate · dns-check');
    const sarif = await runCli(['run', '--format', 'sarif'], { cwd: dir });
    expect(JSON.parse(sarif.stdout).runs).toHaveLength(2);
    expectUploadableSarif(JSON.parse(sarif.stdout));
  });

  test('the top-level action runs the configured gates in one step, one summary section per check', async () => {
    const dir = project();
    const run = await runAction('main', { cwd: dir, inputs: { checks: 'migrations,dns' } });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('## launchgate · migration-check');
    expect(run.summary).toContain('## launchgate · dns-check');
    expect(run.outputs.result).toBe('pass');
  });
});

describe('launchgate init', () => {
  test('writes a starter config and workflow from what it detects, and never overwrites without --force', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-init-'));
    mkdirSync(path.join(dir, 'prisma/migrations/20240101_init'), { recursive: true });
    writeFileSync(path.join(dir, 'prisma/migrations/20240101_init/migration.sql'), 'CREATE TABLE a (id bigint);\n');
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ scripts: { start: 'node server.js' } }));
    writeFileSync(path.join(dir, '.gitleaks.toml'), '[extend]\nuseDefault = true\n');
    const first = await runCli(['init'], { cwd: dir });
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain('1 prisma migration(s) in prisma/migrations/20240101_init');
    const config = readFileSync(path.join(dir, 'launchgate.yml'), 'utf8');
    expect(config).toContain('rules-config: .gitleaks.toml');
    expect(config).toContain('start-command: npm start');
    expect(existsSync(path.join(dir, '.github/workflows/launchgate.yml'))).toBe(true);
    const check = await runCli(['run', '--only', 'migrations'], { cwd: dir });
    expect(check.stderr).not.toMatch(/unknown key/);
    const again = await runCli(['init'], { cwd: dir });
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toContain("launchgate.yml already exists; run 'launchgate init --force' to replace it.");
    expect((await runCli(['init', '--force'], { cwd: dir })).exitCode).toBe(0);
    // The migration check applies the migration on the embedded Postgres: tens of seconds on a busy machine.
  }, 120000);
});
