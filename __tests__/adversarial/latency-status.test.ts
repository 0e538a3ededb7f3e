/**
 * Issue 14 ("from real projects"): a route that redirects every request to the login page passed the latency
 * gate, because 3xx counted as success. Routes now expect 2xx unless they say otherwise.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { runAction } from '../helpers/run-action.js';
import { listen } from '../helpers/servers.js';

let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(302, { location: '/login' });
    res.end();
  });
  url = await listen(server);
});
afterAll(() => {
  server.close();
});

const LOAD = { 'duration-s': '0.5', rounds: '1', 'warmup-s': '0', connections: '1', 'max-requests': '200' };

test('a route answering 302 to every request is an error-rate failure', async () => {
  const run = await runAction('latency-budget', {
    inputs: { ...LOAD, 'base-url': url, routes: 'routes:\n  - name: orders\n    path: /orders\n' },
  });
  expect(run.exitCode).toBe(1);
  const err = run.annotations.find((a) => a.title?.startsWith('latency-error-rate'));
  expect(err?.message).toMatch(/^100\.0 % of requests failed \(\d+ × HTTP 302\)/);
});

test('a route may expect the redirect', async () => {
  const run = await runAction('latency-budget', {
    inputs: { ...LOAD, 'base-url': url, routes: 'routes:\n  - name: old\n    path: /old\n    status: 302\n' },
  });
  expect(run.exitCode).toBe(0);
});
