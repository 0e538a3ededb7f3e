/**
 * A check's name can hold a value the run masks (a flow named after the user an env secret holds): the history and
 * the outage issue keep the masked name. Old code looked earlier runs up by the plain name, found nothing, and so
 * started every run with a clean slate: an outage never opened across runs (one failure per scheduled run) and an
 * open issue was never found again (a new issue per run).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isUptime, parseHistory } from '../../src/core/history.js';
import { runAction } from '../helpers/run-action.js';
import { closedPort } from '../helpers/servers.js';
import { GitHubApiStandin, startGitHubApiStandin } from '../helpers/github-api-standin.js';

const USER = 'ops-admin-7f3k';
const FLOW = `sign in as ${USER}`;
let api: GitHubApiStandin;
let baseUrl: string;
beforeAll(async () => {
  api = await startGitHubApiStandin();
  baseUrl = `http://127.0.0.1:${await closedPort()}`;
});
afterAll(async () => {
  await api.close();
});

function workspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-uptime-masked-'));
  writeFileSync(
    path.join(dir, 'flows.yml'),
    [
      'flows:',
      `  - name: ${FLOW}`,
      '    steps:',
      '      - name: login',
      '        request: { method: POST, url: /login, json: { user: "${env.SMOKE_USER}" } }',
      '        expect: { status: 200 }',
      '',
    ].join('\n'),
  );
  return dir;
}

const month = () => `uptime-${new Date().toISOString().slice(0, 7)}.jsonl`;

const run = (cwd: string, inputs: Record<string, string>) =>
  runAction('uptime', {
    cwd,
    eventName: 'schedule',
    inputs: { flows: 'flows.yml', 'base-url': baseUrl, 'alert-after': '2', retries: '0', ...inputs },
    env: { SMOKE_USER: USER, GITHUB_API_URL: api.url, GITHUB_RUN_ID: '9' },
  });

test('with history: the second failed run finds the first one under the masked name, and the check is down', async () => {
  const cwd = workspace();
  const inputs = { history: 'true', 'github-token': 'ghs_standin_token_0002' };
  const first = await run(cwd, inputs);
  expect(first.outputs.status).toBe('up');
  const stored = parseHistory(api.file('launchgate-data', month())!, month()).records.filter(isUptime);
  expect(stored.map((r) => [r.check, r.status])).toEqual([['sign in as ***', 'fail']]);
  const second = await run(cwd, inputs);
  expect(second.outputs.status).toBe('down');
  expect(second.summary).not.toContain(USER);
  expect(api.file('launchgate-data', month())).not.toContain(USER);
});

test('with alert-issue and no history: the open issue is found again, not opened twice', async () => {
  api.branches.clear();
  const cwd = workspace();
  const inputs = { 'alert-issue': 'true', 'github-token': 'ghs_standin_token_0003' };
  // Two failures in one run open the outage and its issue.
  const first = await run(cwd, { ...inputs, 'alert-after': '1' });
  expect(first.outputs.status).toBe('down');
  expect(api.issues.filter((i) => i.state === 'open')).toHaveLength(1);
  const second = await run(cwd, { ...inputs, 'alert-after': '1' });
  expect(second.outputs.status).toBe('down');
  expect(api.issues.filter((i) => i.state === 'open')).toHaveLength(1);
  expect(api.issues[0].body).not.toContain(USER);
});
