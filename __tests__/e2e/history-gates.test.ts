/**
 * `history: true` on the latency and smoke gates, as the runner runs their bundles (dist/latency-budget,
 * dist/smoke-test), against the ops app in its own process and the GitHub API stand-in: the records land on the
 * data branch beside the uptime results, a conflicting write is redone, and a 5xx that outlasts the retries fails
 * the run with a named error while the gate's own findings are still reported. Then `launchgate dashboard` renders
 * the latency and deploy sections from that same branch.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeploy, isLatency, isUptime, parseHistory } from '../../src/core/history.js';
import { runAction, runCli } from '../helpers/run-action.js';
import { startOpsAppProcess } from '../helpers/ops-app-process.js';
import { closedPort } from '../helpers/servers.js';
import { GitHubApiStandin, startGitHubApiStandin } from '../helpers/github-api-standin.js';

let app: { url: string; close: () => Promise<void> };
let api: GitHubApiStandin;
beforeAll(async () => {
  [app, api] = await Promise.all([startOpsAppProcess(), startGitHubApiStandin()]);
});
afterAll(async () => {
  await Promise.all([app.close(), api.close()]);
});
beforeEach(() => {
  api.faults.length = 0;
  api.concurrentAppends.length = 0;
});

const TOKEN = 'ghs_standin_history_token_42';
const BRANCH = 'launchgate-data';
const month = () => `uptime-${new Date().toISOString().slice(0, 7)}.jsonl`;
const history = () => parseHistory(api.file(BRANCH, month()) ?? '', month());
const apiEnv = () => ({ GITHUB_API_URL: api.url, GITHUB_RUN_ID: '4242', GITHUB_SERVER_URL: 'https://github.com' });

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-history-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Budgets with room to spare on a loaded machine: 20 ms routes against 2000 ms. */
const ROUTES = ['routes:', '  - name: fast', '    path: /delay/20', '  - name: home', '    path: /', ''].join('\n');
const SHORT = { 'duration-s': '0.4', rounds: '1', 'warmup-s': '0', connections: '2', 'budget-p95-ms': '2000' };

describe('the latency gate with history: true', () => {
  test("one record per route lands on the data branch, and another run's commit in between is kept", async () => {
    // An uptime result already on the branch, as the uptime gate writes it (no kind).
    const earlier = JSON.stringify({ t: new Date().toISOString(), check: '/health', status: 'ok', ms: 4 }) + '\n';
    api.branches.set(BRANCH, new Map([[month(), earlier]]));
    // "Another run" commits between our read and our write: the write is refused (409) and redone.
    const theirs = JSON.stringify({ t: new Date().toISOString(), check: '/', status: 'ok', ms: 5 }) + '\n';
    api.concurrentAppends.push(theirs);
    const before = api.requests.length;
    const run = await runAction('latency-budget', {
      cwd: workspace({ 'latency.yml': ROUTES }),
      inputs: { ...SHORT, 'base-url': app.url, routes: 'latency.yml', history: 'true', 'github-token': TOKEN },
      env: apiEnv(),
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const puts = api.requests.slice(before).filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.status)).toEqual([409, 200]);
    const h = history();
    expect(h.corrupt).toEqual([]);
    expect(h.records.filter(isUptime).map((r) => r.check)).toEqual(['/health', '/']);
    const latency = h.records.filter(isLatency);
    expect(latency.map((r) => [r.route, r.budgetMs, r.verdict])).toEqual([
      ['fast', 2000, 'pass'],
      ['home', 2000, 'pass'],
    ]);
    const p95 = JSON.parse(run.outputs.p95);
    expect(latency[0].p95Ms).toBe(p95.fast);
    expect(latency[0].p95Ms).toBeGreaterThanOrEqual(20);
    expect(run.stdout).toContain(`history: 2 record(s) appended to branch ${BRANCH}`);
    expect(run.everything).not.toContain(TOKEN);
  }, 60000);

  test('a route that cannot be measured is recorded as fail, without a p95', async () => {
    const run = await runAction('latency-budget', {
      cwd: workspace({
        'latency.yml': ['routes:', '  - name: gone', '    path: /nope', '    status: 200', ''].join('\n'),
      }),
      inputs: {
        ...SHORT,
        'base-url': `http://127.0.0.1:${await closedPort()}`,
        routes: 'latency.yml',
        history: 'true',
        'github-token': TOKEN,
      },
      env: apiEnv(),
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => a.title)).toContainEqual(expect.stringMatching(/^latency-route-unreachable/));
    const gone = history()
      .records.filter(isLatency)
      .filter((r) => r.route === 'gone');
    expect(gone).toHaveLength(1);
    expect(gone[0].verdict).toBe('fail');
    expect(gone[0].p95Ms).toBeUndefined();
  }, 60000);

  test('history without a token is a clear error before any load', async () => {
    const before = api.requests.length;
    const run = await runAction('latency-budget', {
      cwd: workspace({ 'latency.yml': ROUTES }),
      inputs: { ...SHORT, 'base-url': app.url, routes: 'latency.yml', history: 'true' },
      env: apiEnv(),
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0].message).toContain("Input 'history' needs the GitHub API: give 'github-token'");
    expect(api.requests.length).toBe(before);
  });

  test('a history-branch that is not a plain name is refused with what is accepted', async () => {
    const run = await runAction('latency-budget', {
      cwd: workspace({ 'latency.yml': ROUTES }),
      inputs: { 'base-url': app.url, history: 'true', 'history-branch': '../main', 'github-token': TOKEN },
      env: apiEnv(),
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0].message).toContain(`'history-branch' got "../main"; accepted: a branch name of letters`);
  });
});

describe('the smoke gate with history: true', () => {
  const deployment = {
    deployment: { sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', ref: 'release/2026-11', environment: 'production' },
    deployment_status: { state: 'success' },
  };

  test('a deployment_status run appends its deploy record: commit, ref, verdict, failed count, run link', async () => {
    const run = await runAction('smoke-test', {
      cwd: workspace({}),
      eventName: 'deployment_status',
      event: deployment,
      inputs: { urls: `${app.url}/\n${app.url}/health`, history: 'true', 'github-token': TOKEN },
      env: apiEnv(),
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const deploys = history().records.filter(isDeploy);
    expect(deploys.at(-1)).toEqual({
      t: expect.any(String),
      kind: 'deploy',
      sha: deployment.deployment.sha,
      ref: 'release/2026-11',
      verdict: 'pass',
      failed: 0,
      runUrl: 'https://github.com/acme/ops-app/actions/runs/4242',
    });
  });

  test('a 5xx from the API on every write fails the run with smoke-history-failed; the failed flow is still reported', async () => {
    // More 503s than the store's attempts: every write of the month file is refused.
    for (let i = 0; i < 8; i++) api.faults.push({ method: 'PUT', path: /contents/, status: 503 });
    const before = history().records.length;
    const run = await runAction('smoke-test', {
      cwd: workspace({}),
      eventName: 'deployment_status',
      event: deployment,
      inputs: { urls: `${app.url}/\n${app.url}/no-such-page`, history: 'true', 'github-token': TOKEN },
      env: apiEnv(),
    });
    expect(run.exitCode).toBe(1);
    const titles = run.annotations.map((a) => a.title ?? '');
    expect(titles).toContainEqual(expect.stringMatching(/^smoke-url-failed: Quick check/));
    const failed = run.annotations.find((a) => a.title?.startsWith('smoke-history-failed'));
    expect(failed?.message).toContain(`1 record(s) could not be appended to branch ${BRANCH}`);
    expect(failed?.message).toContain('503');
    expect(failed?.message).toContain('Apart from this error the run has 1 error finding(s) of its own');
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'));
    expect(report.metrics.history).toMatchObject({ branch: BRANCH, written: false });
    expect(report.metrics.history.records[0]).toMatchObject({ kind: 'deploy', verdict: 'fail', failed: 1 });
    expect(history().records.length).toBe(before);
    expect(run.everything).not.toContain(TOKEN);
  }, 90000);

  test('the dashboard renders the latency trend and the deploys from the same branch', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-history-dash-'));
    writeFileSync(path.join(dir, month()), api.file(BRANCH, month())!);
    const out = path.join(dir, 'site');
    const cli = await runCli(['dashboard', '--history', dir, '--out', out]);
    expect(cli.exitCode).toBe(0);
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('Latency: p95 per route against its budget');
    expect(html).toContain('<line class="budget"');
    expect(html).toContain('Deploys: post-deploy smoke runs');
    expect(html).toContain('<code>a1b2c3d</code>');
    expect(html).toContain('href="https://github.com/acme/ops-app/actions/runs/4242"');
  });
});
