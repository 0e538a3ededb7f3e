/**
 * The built uptime action (dist/uptime/index.js) and `launchgate dashboard` (dist/cli) as the runner runs them,
 * against the ops app, a Slack-like receiver and the GitHub API stand-in, all on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { isUptime, parseHistory, type HistoryRecord, type UptimeRecord } from '../../src/core/history.js';
import { CHROMIUM, runChromium } from '../helpers/chromium.js';
import { ROOT, runAction, runCli } from '../helpers/run-action.js';
import { OPS_PASSWORD, startOpsApp } from '../helpers/servers.js';
import { GitHubApiStandin, startGitHubApiStandin } from '../helpers/github-api-standin.js';
import { SlackStandin, startSlackStandin } from '../helpers/slack-standin.js';

let app: { url: string; close: () => Promise<void> };
let api: GitHubApiStandin;
let slack: SlackStandin;
beforeAll(async () => {
  [app, api, slack] = await Promise.all([startOpsApp(), startGitHubApiStandin(), startSlackStandin()]);
});
afterAll(async () => {
  await Promise.all([app.close(), api.close(), slack.close()]);
});

/** A workspace with the ops app's smoke flows, their time budgets removed: a busy test machine is not an outage. */
function workspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-uptime-'));
  const flows = parse(readFileSync(path.join(ROOT, 'examples/ops-app/smoke.yml'), 'utf8'));
  for (const flow of flows.flows) {
    delete flow['max-duration-ms'];
    for (const step of flow.steps) delete step.expect?.['max-ms'];
  }
  writeFileSync(path.join(dir, 'smoke.yml'), stringify(flows));
  return dir;
}

const month = () => `uptime-${new Date().toISOString().slice(0, 7)}.jsonl`;

describe('uptime bundle', () => {
  test('URLs and the smoke flows pass; results go to the data branch; the status page is written', async () => {
    const cwd = workspace();
    const run = await runAction('uptime', {
      cwd,
      eventName: 'schedule',
      inputs: {
        urls: '/health\n/',
        flows: 'smoke.yml',
        'base-url': app.url,
        history: 'true',
        dashboard: 'true',
        'github-token': 'ghs_standin_token_0001',
      },
      env: { SMOKE_PASSWORD: OPS_PASSWORD, GITHUB_API_URL: api.url, GITHUB_RUN_ID: '9' },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'pass', status: 'up', checks: '5', alerts: '0' });
    const records = parseHistory(api.file('launchgate-data', month())!, month()).records.filter(isUptime);
    expect(records.map((r) => [r.check, r.status])).toEqual([
      ['/health', 'ok'],
      ['/', 'ok'],
      ['home page', 'ok'],
      ['login and list orders', 'ok'],
      ['create and approve an order', 'ok'],
    ]);
    expect(run.summary).toContain('| login and list orders | up | 1 | 0 |');
    const html = readFileSync(path.join(cwd, 'uptime-dashboard', 'index.html'), 'utf8');
    expect(html).toContain('All systems operational');
    expect(readdirSync(path.join(cwd, 'uptime-dashboard', 'badges'))).toContain('health-status.svg');
    // The log says where the page went.
    expect(run.stdout).toMatch(/Status page written to \S*\/uptime-dashboard\/index\.html, with \d+ badge\(s\)/);
    expect(run.everything).not.toContain(OPS_PASSWORD);
    expect(run.everything).not.toContain('ghs_standin_token_0001');
  });

  test('an undelivered Slack alert fails the step, names the channel, and never prints the webhook URL', async () => {
    slack.status = 404;
    slack.answer = 'no_service';
    const hook = slack.hook();
    const run = await runAction('uptime', {
      cwd: workspace(),
      inputs: { urls: `${app.url}/no-such-page`, 'alert-after': '1', 'slack-webhook': hook },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('down');
    const alert = run.annotations.find((a) => a.title?.startsWith('uptime-alert-failed: Alert not delivered'));
    expect(alert?.message).toContain(`slack-webhook (${slack.url}/***) answered HTTP 404: no_service`);
    expect(run.stdout).toContain(`::add-mask::${hook}`);
    expect(run.everything).not.toContain('xoxSecretPath');
    expect(slack.received).toHaveLength(1);
  });

  test('interval-s below 10 is a clear error before any request', async () => {
    const run = await runAction('uptime', { cwd: workspace(), inputs: { urls: app.url, 'interval-s': '5' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0].message).toContain(`'interval-s' got "5"; accepted: a whole number from 10 to 3600`);
  });
});

/**
 * A week of the latency gate's runs every 6 hours (one over budget), and of deploys (one whose smoke run failed,
 * redeployed an hour later); deterministic.
 */
function weekOfRuns(now: number): HistoryRecord[] {
  const out: HistoryRecord[] = [];
  for (let i = 27; i >= 0; i--) {
    const t = new Date(now - i * 6 * 3600_000 - 1800_000).toISOString();
    const orders = 140 + ((i * 37) % 60) + (i === 9 ? 220 : 0);
    out.push(
      {
        t,
        kind: 'latency',
        route: 'list orders',
        p95Ms: orders,
        budgetMs: 300,
        verdict: orders > 300 ? 'fail' : 'pass',
      },
      { t, kind: 'latency', route: 'home page', p95Ms: 60 + ((i * 13) % 25), budgetMs: 500, verdict: 'pass' },
    );
  }
  const deploys: [number, string, 'pass' | 'fail', number][] = [
    [150, '3f9a2c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39', 'pass', 0],
    [101, '7c1e5d2f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d', 'pass', 0],
    [52, 'b2d4f6a8c0e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9', 'fail', 2],
    [51, 'c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2', 'pass', 0],
    [3, 'e8a0c2d4f6b8a0c2e4d6f8b0a2c4e6d8f0b2a4c6', 'pass', 0],
  ];
  deploys.forEach(([hoursAgo, sha, verdict, failed], i) =>
    out.push({
      t: new Date(now - hoursAgo * 3600_000).toISOString(),
      kind: 'deploy',
      sha,
      ref: 'main',
      verdict,
      failed,
      runUrl: `https://github.com/acme/ops-app/actions/runs/${9100 + i}`,
    }),
  );
  return out;
}

/** A week of results for three checks, 5 minutes apart, with an outage and a slow spell; deterministic. */
function week(now: number): UptimeRecord[] {
  let seed = 7;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const out: UptimeRecord[] = [];
  for (let t = now - 7 * 86400_000 + 300_000; t <= now; t += 300_000) {
    const hoursAgo = (now - t) / 3600_000;
    for (const [check, base] of [
      ['https://ops.example.com/', 80],
      ['https://ops.example.com/api/health', 25],
      ['login and list orders', 210],
    ] as const) {
      const outage = check.endsWith('health') && hoursAgo > 50 && hoursAgo < 50.5;
      const slow = check === 'login and list orders' && hoursAgo > 20 && hoursAgo < 22;
      const ms = Math.round(base * (1 + rand() * 0.6 + (rand() < 0.05 ? 2 : 0)) * (slow ? 4 : 1));
      out.push(
        outage
          ? { t: new Date(t).toISOString(), check, status: 'fail', error: 'HTTP 502 from the load balancer' }
          : { t: new Date(t).toISOString(), check, status: ms > 700 ? 'slow' : 'ok', ms },
      );
    }
  }
  return out;
}

describe('launchgate dashboard', () => {
  test('renders the page and badges from a folder of month files, counting corrupt lines; Chromium shows it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-dashboard-'));
    const now = Date.parse('2026-11-24T12:00:00Z');
    const history = path.join(dir, 'data');
    mkdirSync(history);
    const records: HistoryRecord[] = [...week(now), ...weekOfRuns(now)];
    const byMonth = new Map<string, string[]>();
    for (const r of records) {
      const f = `uptime-${r.t.slice(0, 7)}.jsonl`;
      byMonth.set(f, [...(byMonth.get(f) ?? []), JSON.stringify(r)]);
    }
    for (const [f, lines] of byMonth) writeFileSync(path.join(history, f), lines.join('\n') + '\n{"t":"truncated\n');
    const out = path.join(dir, 'site');
    const cli = await runCli([
      'dashboard',
      '--history',
      history,
      '--out',
      out,
      '--now',
      '2026-11-24T12:00:00Z',
      '--title',
      'ops-app status',
      '--slow-ms',
      '700',
    ]);
    expect(cli.stderr).toContain(`warning: ${byMonth.size} corrupt history line(s) skipped`);
    expect(cli.exitCode).toBe(0);
    expect(cli.stdout).toContain(`${records.length} result(s) from ${byMonth.size} file(s); 9 badge(s)`);
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('HTTP 502 from the load balancer');
    expect(html).toContain('<td>Outage</td>');
    expect(html).toContain('<td>Degraded</td>');
    // The latency routes' trends against their budgets, and the deploys with their smoke verdicts and runs.
    expect(html.match(/<section class="check route"/g)).toHaveLength(2);
    expect(html).toContain('<line class="budget"');
    expect(html).toContain(
      '<code>b2d4f6a</code></td><td>main</td><td><span class="verdict fail">fail</span> (2 failed)',
    );
    // Self-contained: no external resource; the only links are the deploys' runs.
    const hrefs = [...html.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]);
    expect(hrefs).toHaveLength(5);
    for (const h of hrefs) expect(h).toMatch(/^https:\/\/github\.com\/acme\/ops-app\/actions\/runs\/\d+$/);
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);

    const help = await runCli(['dashboard', '--help']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('--history <folder|file.jsonl>');
    const bad = await runCli(['dashboard', '--history', path.join(dir, 'missing'), '--out', out]);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('no such file or folder');

    if (!CHROMIUM) {
      console.warn(
        'SKIPPED the headless Chromium screenshot of the status page: no chromium (apt-get install chromium)',
      );
      return;
    }
    // Rendered by the browser: both new sections are in its DOM.
    const dom = await runChromium(path.join(out, 'index.html'), '820,1500', ['--dump-dom']);
    expect(dom).toContain('Latency: p95 per route against its budget');
    expect(dom).toContain('Deploys: post-deploy smoke runs');
    const shot = path.join(dir, 'dashboard.png');
    // Tall enough for the whole page (three checks, two routes, the deploys): docs/uptime-dashboard.png shows it all.
    await runChromium(path.join(out, 'index.html'), '820,3400', [`--screenshot=${shot}`]);
    const png = readFileSync(shot);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(20000);
    if (process.env.UPDATE_SCREENSHOTS) copyFileSync(shot, path.join(ROOT, 'docs', 'uptime-dashboard.png'));
  }, 120000);
});
