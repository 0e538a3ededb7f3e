/**
 * L4 of issue 14: flow, step and route names are untrusted (a pull request can change the flow file). Old code
 * printed `FAIL x\n::stop-commands::…` raw, so the name started a workflow command on a line of its own.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../helpers/run-action.js';
import { listen } from '../helpers/servers.js';

let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((_req, res) => res.end('ok'));
  url = await listen(server);
});
afterAll(() => {
  server.close();
});

const HOSTILE =
  'innocent\n::stop-commands::pwned\n::error title=forged::forged error\r\n::set-output name=result::pass';

/** Every line of the log that the runner would take as a workflow command we did not mean to send. */
function injected(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^::(stop-commands|set-output name=result::pass|error title=forged)/.test(l));
}

test('smoke: a hostile flow and step name stays on one line', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-adv-log-'));
  writeFileSync(
    path.join(dir, 'smoke.yml'),
    JSON.stringify({
      flows: [{ name: HOSTILE, steps: [{ name: HOSTILE, request: { url: '/' }, expect: { status: 418 } }] }],
    }),
  );
  const run = await runAction('smoke-test', {
    cwd: dir,
    inputs: { 'base-url': url, flows: 'smoke.yml', retries: '0' },
  });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain('FAIL innocent\\n::stop-commands::pwned');
  expect(injected(run.stdout)).toEqual([]);
  expect(run.annotations.filter((a) => a.title === 'forged')).toEqual([]);
});

test('latency: a hostile route name stays on one line', async () => {
  const run = await runAction('latency-budget', {
    inputs: {
      'base-url': url,
      // A JSON string is a YAML double-quoted scalar: the name holds real newlines.
      routes: `routes:\n  - name: ${JSON.stringify(HOSTILE)}\n    path: /\n`,
      'duration-s': '0.3',
      rounds: '1',
      'warmup-s': '0',
      connections: '1',
      'max-requests': '20',
    },
  });
  expect(run.exitCode).toBe(0);
  expect(run.stdout).toMatch(/^innocent\\n::stop-commands::pwned.*: \d+ requests/m);
  expect(injected(run.stdout)).toEqual([]);
});

test('smoke: a base-url with a newline (the URL parser drops it, the log would not) stays on one line', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-adv-log-'));
  writeFileSync(
    path.join(dir, 'smoke.yml'),
    JSON.stringify({
      'base-url': `${url}/\n::stop-commands::pwned`,
      flows: [{ name: 'f', steps: [{ name: 's', request: { url: '/' } }] }],
    }),
  );
  const run = await runAction('smoke-test', {
    cwd: dir,
    inputs: { flows: 'smoke.yml', retries: '0', 'wait-for-ready': '5' },
  });
  expect(run.stdout).toMatch(/answered after/);
  expect(injected(run.stdout)).toEqual([]);
});
