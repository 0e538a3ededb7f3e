/**
 * H1 (host side): every string a check sends to GitHub passes through the SecretRegistry in the host, so an issue
 * or comment body built in a check cannot carry a secret out. On the old main the outage issue carried the raw
 * password that the server echoed, while the summary showed ***.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SecretRegistry } from '../../src/core/secrets.js';
import { hostServices } from '../../src/hosts/services.js';
import { runAction } from '../helpers/run-action.js';

const PASSWORD = 'Hunter2SecretPw-7f3a';
const TOKEN = 'ghs_standInToken000000000000000000001';

interface Recorded {
  method: string;
  url: string;
  body: string;
  authorization?: string;
}

/** A GitHub REST stand-in: lists no open issues, creates whatever is posted, and records every request. */
function githubStandIn(recorded: Recorded[]): Server {
  return createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      recorded.push({ method: req.method!, url: req.url!, body, authorization: req.headers.authorization });
      res.setHeader('content-type', 'application/json');
      if (req.method === 'GET') return res.end('[]');
      res.statusCode = 201;
      res.end(JSON.stringify({ id: 1, number: 42 }));
    });
  });
}

/** An app whose login answers with the password it was sent: a hostile or careless server. */
function echoingApp(): Server {
  return createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      const sent = body ? JSON.parse(body) : {};
      res.end(JSON.stringify({ ok: true, pw: sent.password }));
    });
  });
}

const listen = async (server: Server) => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

describe('the GitHub API the host gives checks redacts what it sends', () => {
  const recorded: Recorded[] = [];
  let api: Server;
  let app: Server;
  let apiUrl: string;
  let appUrl: string;
  beforeAll(async () => {
    api = githubStandIn(recorded);
    app = echoingApp();
    apiUrl = await listen(api);
    appUrl = await listen(app);
  });
  afterAll(() => {
    api.close();
    app.close();
  });

  test('a secret anywhere in the request parameters reaches GitHub as ***', async () => {
    recorded.length = 0;
    const secrets = new SecretRegistry();
    secrets.add(PASSWORD);
    const env = { GITHUB_REPOSITORY: 'acme/ops-app', GITHUB_API_URL: apiUrl };
    const gh = hostServices(env, secrets).github(TOKEN)!;
    await gh.request('POST /repos/{owner}/{repo}/issues', {
      title: `login echoed ${PASSWORD}`,
      labels: [`x-${PASSWORD}`],
      body: `| step | got |\n| --- | --- |\n| sign in | {"pw":"${PASSWORD}"} |\n${encodeURIComponent(PASSWORD)}`,
    });
    expect(recorded).toHaveLength(1);
    expect(recorded[0].url).toBe('/repos/acme/ops-app/issues');
    const sent = JSON.parse(recorded[0].body);
    expect(sent.title).toBe('login echoed ***');
    expect(sent.labels).toEqual(['x-***']);
    expect(sent.body).toContain('| sign in | {"pw":"***"} |');
    expect(recorded[0].body).not.toContain(PASSWORD);
    expect(recorded[0].body).not.toContain(encodeURIComponent(PASSWORD));
    // The token is the credential, sent as such, and only to the API.
    expect(recorded[0].authorization).toBe(`token ${TOKEN}`);
  });

  test('the outage issue of a scheduled smoke test never carries the echoed password (the bundle, as the runner runs it)', async () => {
    recorded.length = 0;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-h1-'));
    writeFileSync(
      path.join(dir, 'flows.yml'),
      [
        'flows:',
        '  - name: login',
        '    steps:',
        '      - name: sign in',
        '        request:',
        '          method: POST',
        '          url: /api/login',
        '          json: { password: "${env.SMOKE_PASSWORD}" }',
        '        expect: { status: 200, json: { "$.pw": nope } }',
        '',
      ].join('\n'),
    );
    const run = await runAction('smoke-test', {
      cwd: dir,
      eventName: 'schedule',
      inputs: {
        'base-url': appUrl,
        flows: 'flows.yml',
        retries: '0',
        'alert-issue': 'true',
        'alert-after': '1',
        'github-token': TOKEN,
      },
      env: { GITHUB_API_URL: apiUrl, SMOKE_PASSWORD: PASSWORD },
    });
    expect(run.exitCode).toBe(1);
    const issue = recorded.find((r) => r.method === 'POST' && r.url === '/repos/acme/ops-app/issues');
    expect(issue).toBeDefined();
    expect(JSON.parse(issue!.body).body).toContain('sign in');
    for (const r of recorded) expect(r.body + r.url).not.toContain(PASSWORD);
    expect(run.everything).not.toContain(PASSWORD);
  });
});
