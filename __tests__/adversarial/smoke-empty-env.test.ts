/**
 * Issue 14 ("from real projects"): `SMOKE_PASSWORD: ${{ secrets.SMOKE_PASSWORD }}` with no such secret expands to
 * an empty string. Old code let the empty value through the missing-variable guard and logged in with "".
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { runAction, ROOT } from '../helpers/run-action.js';
import { listen } from '../helpers/servers.js';

let server: Server;
let url: string;
let hits = 0;
beforeAll(async () => {
  server = createServer((_req, res) => {
    hits++;
    res.end('ok');
  });
  url = await listen(server);
});
afterAll(() => {
  server.close();
});

test('smoke: an empty variable fails the guard before any request', async () => {
  hits = 0;
  const run = await runAction('smoke-test', {
    cwd: ROOT,
    inputs: { 'base-url': url, flows: 'examples/ops-app/smoke.yml' },
    env: { SMOKE_PASSWORD: '' },
  });
  expect(run.exitCode).toBe(1);
  expect(run.annotations[0].message).toBe(
    'examples/ops-app/smoke.yml: environment variable(s) used by the file: SMOKE_PASSWORD is empty (a secret that does not exist in the repository expands to an empty string). No request was sent.',
  );
  expect(hits).toBe(0);
});

test('latency: an empty variable in a setup login fails the guard before any request', async () => {
  hits = 0;
  const run = await runAction('latency-budget', {
    inputs: {
      'base-url': url,
      routes:
        'routes:\n  - name: a\n    path: /\n    setup:\n      request: { method: POST, url: /login, json: { pw: "${env.SMOKE_PASSWORD}" } }\n',
    },
    env: { SMOKE_PASSWORD: '' },
  });
  expect(run.exitCode).toBe(1);
  expect(run.annotations[0].message).toMatch(
    /^input 'routes': environment variable\(s\) used by the file: SMOKE_PASSWORD is empty/,
  );
  expect(hits).toBe(0);
});
