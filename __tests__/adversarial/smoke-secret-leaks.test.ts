/**
 * H1 (and the excerpt side of M1) of issue 14: a server that echoes the password must not get it into the outage
 * issue, a finding or the summary. Old code: the issue body (built in the check before redaction) carried the raw
 * password; an HTML-escaped echo and an echo cut at the 300-character excerpt limit were printed.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../helpers/run-action.js';
import { listen } from '../helpers/servers.js';

const PASSWORD = 'Hunter2&Secret-Pass<9>';
const htmlEscaped = PASSWORD.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let app: Server;
let appUrl: string;
let api: Server;
let apiUrl: string;
const sentToGitHub: string[] = [];

beforeAll(async () => {
  app = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const pw = body ? (JSON.parse(body).password as string) : '';
      if (req.url === '/json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ pw }));
      }
      if (req.url === '/html') {
        res.writeHead(200, { 'content-type': 'text/html' });
        const escaped = pw.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        return res.end(`<html><body><p>Welcome back, your password is ${escaped}</p></body></html>`);
      }
      // The password straddles the 300-character cut of the excerpt.
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`${'x'.repeat(292)}${pw}${'y'.repeat(50)}`);
    });
  });
  appUrl = await listen(app);
  api = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      if (body) sentToGitHub.push(body);
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' });
      if (req.method === 'GET' && req.url?.includes('/issues')) return res.end('[]');
      if (req.method === 'GET' && req.url?.includes('/actions/runs/')) return res.end('{"id":5,"workflow_id":7}');
      if (req.method === 'GET') return res.end('{"workflow_runs":[]}');
      res.end('{"number":1}');
    });
  });
  apiUrl = await listen(api);
});
afterAll(() => {
  app.close();
  api.close();
});

test('an echoed password reaches neither the outage issue nor any output, in any spelling', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-adv-smoke-'));
  const step = (name: string, url: string, expect: string) =>
    [
      `  - name: ${name}`,
      '    steps:',
      '      - name: echo',
      `        request: { method: POST, url: ${url}, json: { password: "\${env.SMOKE_PASSWORD}" } }`,
      `        expect: ${expect}`,
    ].join('\n');
  writeFileSync(
    path.join(dir, 'smoke.yml'),
    [
      'flows:',
      step('json echo', '/json', '{ json: { "$.pw": nope } }'),
      step('html echo', '/html', '{ body-contains: never-there }'),
      step('cut echo', '/cut', '{ body-contains: never-there }'),
      '',
    ].join('\n'),
  );
  const run = await runAction('smoke-test', {
    cwd: dir,
    eventName: 'schedule',
    inputs: {
      'base-url': appUrl,
      flows: 'smoke.yml',
      retries: '0',
      'alert-issue': 'true',
      'github-token': 'ghs_adversarial_token_1',
    },
    env: { SMOKE_PASSWORD: PASSWORD, GITHUB_API_URL: apiUrl, GITHUB_RUN_ID: '5' },
  });
  expect(run.exitCode).toBe(1);
  expect(run.summary).toMatch(/opened outage issue #1/);
  const issue = sentToGitHub.join('\n');
  expect(issue).toContain('json echo');
  for (const text of [issue, run.everything]) {
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(htmlEscaped);
    expect(text).not.toContain(JSON.stringify(PASSWORD).slice(1, -1));
    // No prefix of the password of 8 characters survives a cut.
    expect(text).not.toContain(PASSWORD.slice(0, 8));
  }
  // The HTML excerpt shows the page's visible text, masked.
  expect(run.everything).toContain('Welcome back, your password is ***');
});
