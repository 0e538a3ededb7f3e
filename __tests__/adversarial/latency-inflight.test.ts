/**
 * M8 of issue 14: requests still in flight when a round ends are counted. Old code: with every 10th request
 * taking 4 s, p95 came from the fast answers only and the gate passed a 500 ms budget.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { runAction } from '../helpers/run-action.js';
import { listen } from '../helpers/servers.js';

let server: Server;
let url: string;
let count = 0;
const timers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  server = createServer((_req, res) => {
    count++;
    if (count % 10 !== 0) return res.end('fast');
    // Bounded: 4 s, and cancelled when the test ends.
    const t = setTimeout(() => {
      timers.delete(t);
      res.end('slow');
    }, 4000);
    timers.add(t);
  });
  url = await listen(server);
});
afterAll(() => {
  for (const t of timers) clearTimeout(t);
  server.closeAllConnections();
  server.close();
});

test('a slow request still waiting when the round ends counts at its elapsed time', async () => {
  const run = await runAction('latency-budget', {
    inputs: {
      'base-url': url,
      routes: 'routes:\n  - name: mostly fast\n    path: /\n',
      'budget-p95-ms': '500',
      'duration-s': '2',
      rounds: '1',
      'warmup-s': '0',
      connections: '1',
      'max-requests': '1000',
    },
  });
  expect(run.exitCode).toBe(1);
  const over = run.annotations.find((a) => a.title?.startsWith('latency-p95-over-budget'));
  expect(over?.message).toMatch(/1 request\(s\) had no answer when a round ended/);
  expect(JSON.parse(run.outputs.p95)['mostly fast']).toBeGreaterThan(500);
});
