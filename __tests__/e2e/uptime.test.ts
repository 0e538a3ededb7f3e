/**
 * The built uptime action (dist/uptime/index.js) and `launchgate dashboard` (dist/cli) as the runner runs them,
 * against the ops app, a Slack-like receiver and the GitHub API stand-in, all on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { isUptime, parseHistory, type UptimeRecord } from '../../src/core/history.js';
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
    const records = week(now);
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
    const shot = path.join(dir, 'dashboard.png');
    await runChromium(path.join(out, 'index.html'), '820,1500', [`--screenshot=${shot}`]);
    const png = readFileSync(shot);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(20000);
    if (process.env.UPDATE_SCREENSHOTS) copyFileSync(shot, path.join(ROOT, 'docs', 'uptime-dashboard.png'));
  }, 120000);
});
