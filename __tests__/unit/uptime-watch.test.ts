/**
 * The uptime gate's run() through executeCheck, against an app in its own process, a Slack-like receiver and the
 * GitHub API stand-in; the clock is fake (sleeping advances it), so an 8-minute watch takes seconds.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { clockFor, uptime } from '../../src/checks/uptime/index.js';
import { isUptime, parseHistory } from '../../src/core/history.js';
import { realClock, type Clock } from '../../src/checks/uptime/watch.js';
import { executeCheck } from '../../src/core/execute.js';
import { SecretRegistry } from '../../src/core/secrets.js';
import { githubFromToken } from '../../src/hosts/github-api.js';
import { fakeServices, recordingLogger } from '../helpers/fake-context.js';
import { GitHubApiStandin, startGitHubApiStandin } from '../helpers/github-api-standin.js';
import { SlackStandin, startSlackStandin } from '../helpers/slack-standin.js';
import { startUptimeApp, type UptimeApp } from '../helpers/uptime-app.js';

let app: UptimeApp;
let slack: SlackStandin;
let hook: SlackStandin;
let api: GitHubApiStandin;
beforeAll(async () => {
  [app, slack, hook, api] = await Promise.all([
    startUptimeApp(),
    startSlackStandin(),
    startSlackStandin(),
    startGitHubApiStandin(),
  ]);
});
afterAll(async () => {
  await Promise.all([app.close(), slack.close(), hook.close(), api.close()]);
});
beforeEach(async () => {
  slack.received.length = 0;
  slack.status = 200;
  hook.received.length = 0;
  api.branches.clear();
  api.issues.length = 0;
  await app.set(200, 0);
});
afterEach(() => {
  clockFor.current = realClock;
});

const START = Date.parse('2026-11-24T05:00:00Z');
const FILE = 'uptime-2026-11.jsonl';

/** A fake clock; before round n+1 it sets the app as `script[n+1]` says. */
function scriptedClock(script: [number, number][]): Clock {
  let t = START;
  let round = 0;
  return {
    now: () => t,
    sleep: async (ms) => {
      t += ms;
      round++;
      const [status, delay] = script[round] ?? [200, 0];
      await app.set(status, delay);
    },
  };
}

async function run(raw: Record<string, unknown>) {
  const secrets = new SecretRegistry();
  const log = recordingLogger();
  const env = { GITHUB_REPOSITORY: 'acme/ops-app', GITHUB_API_URL: api.url, GITHUB_RUN_ID: '77', SMOKE_PASSWORD: 'x' };
  const done = await executeCheck(uptime, {
    raw: { 'github-token': 'ghs_standintoken1234', ...raw },
    where: (n) => `input '${n}'`,
    baseDir: process.cwd(),
    env,
    event: { name: 'schedule', payload: {} },
    log,
    secrets,
    inActions: false,
    services: fakeServices({ github: (token) => githubFromToken(token, env, secrets) }),
  });
  return { ...done, log, secrets };
}

describe('uptime watch mode', () => {
  test('8 minutes at 60 s: one alert per change on every channel, issue opened and closed, history appended', async () => {
    const script: [number, number][] = [
      [200, 0],
      [503, 0],
      [503, 0],
      [503, 0],
      [200, 0],
      [200, 3000],
      [200, 3000],
      [200, 0],
    ];
    await app.set(...script[0]);
    clockFor.current = scriptedClock(script);
    const { report } = await run({
      urls: `${app.url}/api/health`,
      'watch-minutes': '8',
      'alert-after': '2',
      'slow-ms': '2500',
      'slow-after': '2',
      'slack-webhook': slack.hook(),
      webhook: hook.hook('generic'),
      'webhook-secret': 'whsec-key-123',
      'alert-issue': 'true',
      history: 'true',
    });
    expect(report.metrics.rounds).toBe(8);
    const changes = (report.metrics.transitions as { from: string; to: string; at: string }[]).map(
      (t) => `${t.from}>${t.to}@${t.at.slice(11, 16)}`,
    );
    expect(changes).toEqual(['up>down@05:02', 'down>up@05:04', 'up>degraded@05:06', 'degraded>up@05:07']);
    const texts = slack.texts();
    expect(texts).toHaveLength(4);
    expect(texts[0]).toContain(`${app.url}/api/health is down`);
    expect(texts[0]).toContain('Since: 2026-11-24T05:01:00Z');
    expect(texts[0]).toContain('Run: https://github.com/acme/ops-app/actions/runs/77');
    expect(texts[1]).toContain('The outage lasted 3 min');
    expect(texts[2]).toContain('is slow');
    expect(hook.received).toHaveLength(4);
    for (const r of hook.received)
      expect(r.headers['x-launchgate-signature-256']).toBe(
        'sha256=' + createHmac('sha256', 'whsec-key-123').update(r.body).digest('hex'),
      );
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0].state).toBe('closed');
    const history = parseHistory(api.file('launchgate-data', FILE)!, FILE).records.filter(isUptime);
    expect(history.map((r) => r.status)).toEqual(['ok', 'fail', 'fail', 'fail', 'ok', 'slow', 'slow', 'ok']);
    expect(history[1].error).toBe('HTTP 503');
    expect(report.result).toBe('pass');
    expect(report.outputs).toMatchObject({ status: 'up', checks: '8', alerts: '10' });
    expect(report.findings.map((f) => f.ruleId)).toEqual(['uptime-recovered', 'uptime-recovered']);
  });

  test('the state carries over between runs through the history: no second down alert, then the recovery', async () => {
    await app.set(503);
    const raw = {
      urls: `${app.url}/`,
      'slack-webhook': slack.hook(),
      'alert-issue': 'true',
      history: 'true',
    };
    for (let i = 0; i < 3; i++) {
      clockFor.current = { now: () => START + i * 300_000, sleep: async () => {} };
      const { report } = await run(raw);
      expect(report.result).toBe(i === 0 ? 'pass' : 'fail');
    }
    expect(slack.texts()).toHaveLength(1);
    expect(api.issues).toHaveLength(1);
    await app.set(200);
    clockFor.current = { now: () => START + 900_000, sleep: async () => {} };
    const { report } = await run(raw);
    expect(report.result).toBe('pass');
    expect(slack.texts()[1]).toContain('The outage lasted 15 min');
    expect(api.issues[0].state).toBe('closed');
  });

  test('without history, an open outage issue carries the state over: no second down alert, then the recovery', async () => {
    await app.set(503);
    const raw = { urls: `${app.url}/`, 'alert-after': '1', 'slack-webhook': slack.hook(), 'alert-issue': 'true' };
    for (let i = 0; i < 2; i++) {
      clockFor.current = { now: () => START + i * 300_000, sleep: async () => {} };
      expect((await run(raw)).report.result).toBe('fail');
    }
    expect(slack.texts()).toHaveLength(1);
    await app.set(200);
    clockFor.current = { now: () => START + 600_000, sleep: async () => {} };
    expect((await run(raw)).report.result).toBe('pass');
    expect(slack.texts()).toHaveLength(2);
    expect(slack.texts()[1]).toContain('The outage lasted 10 min');
    expect(api.issues.map((i) => i.state)).toEqual(['closed']);
    expect(api.branches.size).toBe(0);
  });

  test('an undelivered Slack alert fails the run, names the channel, masks the URL; results still kept', async () => {
    await app.set(503);
    slack.status = 403;
    clockFor.current = scriptedClock([
      [503, 0],
      [503, 0],
    ]);
    const { report } = await run({
      urls: `${app.url}/`,
      'watch-minutes': '2',
      'slack-webhook': slack.hook(),
      history: 'true',
    });
    expect(report.result).toBe('fail');
    const failed = report.findings.find((f) => f.ruleId === 'uptime-alert-failed')!;
    expect(failed.message).toContain(`slack-webhook (${slack.url}/***) answered HTTP 403`);
    expect(JSON.stringify(report)).not.toContain('xoxSecretPath');
    expect(report.outputs?.alerts).toBe('0');
    expect(parseHistory(api.file('launchgate-data', FILE)!, FILE).records).toHaveLength(2);
  });

  test('a corrupt history line is reported, skipped, and left in the file', async () => {
    const bad = '{"t": "2026-11-24T04:59:00Z", "check": 12}';
    api.branches.set('launchgate-data', new Map([[FILE, `${bad}\n`]]));
    clockFor.current = { now: () => START, sleep: async () => {} };
    const { report } = await run({ urls: `${app.url}/`, history: 'true' });
    expect(report.findings.filter((f) => f.ruleId === 'uptime-history-corrupt')).toEqual([
      expect.objectContaining({ severity: 'warning', file: FILE, line: 1 }),
    ]);
    expect(api.file('launchgate-data', FILE)!.startsWith(`${bad}\n`)).toBe(true);
    expect(parseHistory(api.file('launchgate-data', FILE)!, FILE).records).toHaveLength(1);
  });

  test('bad input: interval below 10 s, a watch longer than the job, nothing to check', async () => {
    await expect(run({ urls: app.url, 'interval-s': '5' })).rejects.toThrow(
      `input 'interval-s' got "5"; accepted: a whole number from 10 to 3600`,
    );
    await expect(run({ urls: app.url, 'watch-minutes': '10', 'job-timeout-minutes': '10' })).rejects.toThrow(
      "Input 'watch-minutes' is 10 but 'job-timeout-minutes' is 10",
    );
    await expect(run({})).rejects.toThrow("Nothing to check: give URLs in input 'urls'");
  });
});
