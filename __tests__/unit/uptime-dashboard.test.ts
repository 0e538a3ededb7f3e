import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'parse5';
import {
  badge,
  latencyTrends,
  percentile,
  recentDeploys,
  renderDashboard,
  slugOf,
  summarize,
  uptimeFigures,
  writeDashboard,
} from '../../src/checks/uptime/dashboard.js';
import type { HistoryRecord } from '../../src/core/history.js';
import { SecretRegistry } from '../../src/core/secrets.js';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const MIN = 60_000;
const T = { alertAfter: 2, slowMs: 0, slowAfter: 3 };

/** One result a minute for `minutes` before NOW; `fail(i)` says which fail; ms grows with i % 100. */
function series(check: string, minutes: number, fail: (i: number) => boolean): HistoryRecord[] {
  return Array.from({ length: minutes }, (_, k) => {
    const i = minutes - k;
    const t = new Date(NOW - i * MIN).toISOString();
    return fail(i)
      ? { t, check, status: 'fail' as const, error: 'HTTP 503' }
      : { t, check, status: 'ok' as const, ms: 100 + (i % 100) };
  });
}

describe('status page figures', () => {
  test('uptime per window, error rate, p50/p95 over 24 h and the incident with start, end and cause', () => {
    // Down from 90 to 61 minutes ago (30 failed checks), in the last 24 h.
    const records = series('home', 2 * 24 * 60, (i) => i > 60 && i <= 90);
    const [s] = summarize(records, { thresholds: T, now: NOW });
    expect(s.status).toBe('up');
    // The 24 h window is (now − 24 h, now]: the results of 1 to 1439 minutes ago.
    expect(s.uptime['24 h']).toBeCloseTo(1 - 30 / 1439, 9);
    expect(s.uptime['7 d']).toBeCloseTo(1 - 30 / 2880, 9);
    expect(s.uptime['30 d']).toBeCloseTo(1 - 30 / 2880, 9);
    expect(s.errorRate24h).toBeCloseTo(30 / 1439, 9);
    expect(s.checks24h).toBe(1439);
    // ms = 100 + minutes-ago % 100, spread evenly over 100..199.
    expect(s.p50_24h).toBeGreaterThanOrEqual(147);
    expect(s.p50_24h).toBeLessThanOrEqual(151);
    expect(s.p95_24h).toBeGreaterThanOrEqual(193);
    expect(s.p95_24h).toBeLessThanOrEqual(196);
    expect(s.incidents).toEqual([
      { check: 'home', kind: 'down', start: NOW - 90 * MIN, end: NOW - 60 * MIN, cause: 'HTTP 503' },
    ]);
    expect(s.buckets.length).toBeLessThanOrEqual(57);
    expect(s.buckets.reduce((n, b) => n + b.total, 0)).toBe(2880);
  });

  test('a history shorter than a window shows "since <first record>", never a 7-day or 30-day figure', () => {
    // 3 hours of one-minute checks.
    const short = series('home', 180, () => false);
    const [s] = summarize(short, { thresholds: T, now: NOW });
    expect(uptimeFigures(s, NOW)).toEqual([{ label: 'since 2026-11-24 09:00 UTC', value: 1 }]);
    const html = renderDashboard(short, { thresholds: T, now: NOW });
    expect(html).toContain('<dt>Uptime since 2026-11-24 09:00 UTC</dt>');
    expect(html).not.toMatch(/Uptime (24 h|7 d|30 d)/);
    // One check an hour: over 10 days the 24 h and 7 d windows are whole and 30 d is "since"; over 31 days all are whole.
    const hourly = (days: number): HistoryRecord[] =>
      Array.from({ length: days * 24 }, (_, k) => ({
        t: new Date(NOW - (days * 24 - k) * 3600_000).toISOString(),
        check: 'home',
        status: 'ok' as const,
        ms: 100,
      }));
    const [ten] = summarize(hourly(10), { thresholds: T, now: NOW });
    expect(uptimeFigures(ten, NOW).map((f) => f.label)).toEqual(['24 h', '7 d', 'since 2026-11-14 12:00 UTC']);
    const [month] = summarize(hourly(31), { thresholds: T, now: NOW });
    expect(uptimeFigures(month, NOW).map((f) => f.label)).toEqual(['24 h', '7 d', '30 d']);
  });

  test('the uptime badge of a short history says since when', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-badge-'));
    writeDashboard(
      dir,
      series('home', 180, () => false),
      { thresholds: T, now: NOW },
    );
    const svg = readFileSync(path.join(dir, 'badges', 'home-uptime.svg'), 'utf8');
    expect(svg).toContain('uptime since 2026-11-24');
    expect(svg).not.toContain('uptime 30d');
  });

  test('an ongoing outage makes the check and the banner down', () => {
    const html = renderDashboard(
      series('api', 30, (i) => i <= 3),
      { thresholds: T, now: NOW },
    );
    expect(html).toContain('Some checks are down');
    expect(html).toContain('<strong>ongoing</strong>');
  });

  test('nearest-rank percentiles', () => {
    expect(percentile([], 95)).toBeUndefined();
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
  });
});

describe('latency trend and deploys', () => {
  const lat = (hoursAgo: number, route: string, p95Ms: number | undefined, budgetMs = 300): HistoryRecord => ({
    t: new Date(NOW - hoursAgo * 3600_000).toISOString(),
    kind: 'latency',
    route,
    ...(p95Ms === undefined ? {} : { p95Ms }),
    budgetMs,
    verdict: p95Ms !== undefined && p95Ms <= budgetMs ? 'pass' : 'fail',
  });
  const records: HistoryRecord[] = [
    ...Array.from({ length: 40 }, (_, i) => lat(40 - i, 'orders', 100 + i * 5)),
    lat(0.5, 'login', 120),
    lat(0.2, 'login', undefined),
    ...Array.from({ length: 20 }, (_, i) => ({
      t: new Date(NOW - (20 - i) * 3600_000).toISOString(),
      kind: 'deploy' as const,
      sha: `${i.toString(16).padStart(2, '0')}${'0'.repeat(38)}`,
      ref: 'main',
      verdict: i === 19 ? ('fail' as const) : ('pass' as const),
      failed: i === 19 ? 3 : 0,
    })),
  ];

  test('per route: its last 30 runs in time order, the last budget as the line, runs over it marked', () => {
    const [login, orders] = latencyTrends(records);
    expect(orders.route).toBe('orders');
    expect(orders.points).toHaveLength(30);
    expect(orders.points[0].p95Ms).toBe(150);
    expect(orders.last.p95Ms).toBe(295);
    expect(orders.budgetMs).toBe(300);
    expect(login.points.map((p) => p.p95Ms)).toEqual([120, undefined]);
    const html = renderDashboard(records, { thresholds: T, now: NOW });
    const section = html.slice(html.indexOf('id="latency-orders"'));
    expect(section).toContain('<line class="budget"');
    // The table: the last 10 runs, newest first, readable without the chart.
    expect(html).toContain(
      '<td>2026-11-24 11:00 UTC</td><td>295 ms</td><td>300 ms</td><td><span class="verdict pass">pass</span></td>',
    );
    expect(html).toContain('<td>—</td><td>300 ms</td><td><span class="verdict fail">fail</span></td>');
  });

  test('the last 15 deploys, newest first, with the short sha, ref, verdict and failed count', () => {
    const deploys = recentDeploys(records);
    expect(deploys).toHaveLength(15);
    expect(deploys[0].verdict).toBe('fail');
    const html = renderDashboard(records, { thresholds: T, now: NOW });
    expect(html).toContain(
      '<code>1300000</code></td><td>main</td><td><span class="verdict fail">fail</span> (3 failed)</td><td>—</td>',
    );
    expect(html).toContain('No checks recorded yet');
  });
});

describe('the page is self-contained and hostile text stays text', () => {
  const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  const RUN = 'https://github.com/acme/ops-app/actions/runs/99';
  const records: HistoryRecord[] = [
    ...series(hostile, 5, () => true).map((r) => ({ ...r, error: `${hostile} token tok_secret_99887766` })),
    ...series('https://ops.example.com/', 5, () => false),
    // Latency and deploy records with hostile text where the history could carry it (a route name, a ref, and a
    // sha and run link that bypass the schema: the page escapes and checks them itself).
    ...[150, 420, 180].map((p95, i) => ({
      t: new Date(NOW - (3 - i) * 3600_000).toISOString(),
      kind: 'latency' as const,
      route: `${hostile} tok_secret_99887766`,
      p95Ms: p95,
      budgetMs: 400,
      verdict: p95 > 400 ? ('fail' as const) : ('pass' as const),
    })),
    {
      t: new Date(NOW - 7200_000).toISOString(),
      kind: 'deploy',
      sha: 'abcdef1234',
      ref: hostile,
      verdict: 'pass',
      failed: 0,
      runUrl: RUN,
    },
    {
      t: new Date(NOW - 3600_000).toISOString(),
      kind: 'deploy',
      sha: '"><script>alert(3)</script>',
      ref: 'main',
      verdict: 'fail',
      failed: 2,
      runUrl: 'javascript:alert(4)',
    },
  ];
  const secrets = new SecretRegistry();
  secrets.add('tok_secret_99887766');
  const html = renderDashboard(records, { thresholds: T, now: NOW, secrets });

  test('no script, no external resource, every chart inline SVG', () => {
    const elements: { nodeName: string; attrs?: { name: string }[] }[] = [];
    const walk = (n: any) => {
      elements.push(n);
      for (const c of n.childNodes ?? []) walk(c);
    };
    walk(parse(html));
    expect(elements.filter((e) => e.nodeName === 'script' || e.nodeName === 'img')).toEqual([]);
    const attrs = elements.flatMap((e) =>
      ((e.attrs ?? []) as { name: string; value: string }[]).map((a) => ({ el: e.nodeName, ...a })),
    );
    expect(attrs.filter((a) => /^(src|on|srcset|xlink:href|action|formaction)/.test(a.name))).toEqual([]);
    // The one link kind: a deploy's run, http(s) only; the javascript: one is shown as no link.
    expect(attrs.filter((a) => a.name === 'href')).toEqual([{ el: 'a', name: 'href', value: RUN }]);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toContain('javascript:');
    // Two uptime charts and one latency trend.
    expect(html.match(/<svg class="chart"/g)).toHaveLength(3);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(3)');
    expect(html).toContain('<code>&quot;&gt;&lt;scri</code>');
    expect(html).not.toContain('tok_secret_99887766');
  });

  test('badges: status, uptime and p95 per check, escaped', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-dash-'));
    writeDashboard(dir, records, { thresholds: T, now: NOW, secrets });
    const badges = readdirSync(path.join(dir, 'badges')).sort();
    expect(badges).toEqual([
      'ops-example-com-p95.svg',
      'ops-example-com-status.svg',
      'ops-example-com-uptime.svg',
      'script-alert-1-script-img-src-x-onerror-alert-2-p95.svg',
      'script-alert-1-script-img-src-x-onerror-alert-2-status.svg',
      'script-alert-1-script-img-src-x-onerror-alert-2-uptime.svg',
    ]);
    expect(readFileSync(path.join(dir, 'badges', 'ops-example-com-uptime.svg'), 'utf8')).toContain('>100%<');
    expect(readFileSync(path.join(dir, 'badges', badges[4]), 'utf8')).not.toContain('<script');
    expect(slugOf('http://127.0.0.1:43127/health')).toBe(slugOf('http://127.0.0.1:51000/health'));
    expect(slugOf('http://127.0.0.1:43127/health')).toBe('127-0-0-1-health');
    expect(slugOf('https://ops.example.com:8443/api/v1?x=1')).toBe('ops-example-com-api-v1-x-1');
    expect(slugOf('/')).toBe('home');
    expect(slugOf('login and list orders')).toBe('login-and-list-orders');
    expect(badge('p95 24h', '120 ms', '#0969da')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+"/);
  });
});
