import { afterAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isLoopbackHost, startApp } from '../../src/checks/http/app-process.js';
import { closedPort, listen } from '../helpers/servers.js';

const servers: Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

/** A tiny app in its own process that records each start in a file, so a test can count the starts. */
function appDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-app-'));
  writeFileSync(
    path.join(dir, 'app.cjs'),
    `require('fs').appendFileSync(__dirname + '/starts.log', 'start\\n');
     const port = Number(process.argv[2]);
     if (process.argv[3] === 'crash') process.exit(3);
     // die-soon: exits once it has answered (the readiness poll), however long the start took on a busy machine.
     const s = require('http').createServer((q, r) => {
       r.end('ok');
       if (process.argv[3] === 'die-soon') setTimeout(() => process.exit(4), 300);
     }).listen(port, '127.0.0.1');`,
  );
  return dir;
}

describe('the app of start-command', () => {
  test('is started once per run: a second gate with the same command reuses it', async () => {
    const dir = appDir();
    const port = await closedPort();
    const opts = {
      command: `node app.cjs ${port}`,
      cwd: dir,
      env: process.env,
      readyUrl: `http://127.0.0.1:${port}/`,
      timeoutS: 20,
    };
    const first = await startApp(opts);
    const second = await startApp(opts);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.reused).toBe(true);
    expect(second.app).toBe(first.app);
    expect(readFileSync(path.join(dir, 'starts.log'), 'utf8')).toBe('start\n');
    await first.app.stop();
  });

  test('refuses to start when another server already holds the port', async () => {
    const other = createServer((_q, r) => r.end('someone else'));
    servers.push(other);
    const url = await listen(other);
    const dir = appDir();
    const started = await startApp({
      command: `node app.cjs ${new URL(url).port}`,
      cwd: dir,
      env: process.env,
      readyUrl: `${url}/`,
      timeoutS: 5,
    });
    expect(started.ok).toBe(false);
    if (started.ok) return;
    expect(started.problem).toMatch(/^127\.0\.0\.1:\d+ already answers before start-command ran/);
    expect(() => readFileSync(path.join(dir, 'starts.log'))).toThrow();
  });

  test('an app that exits before answering fails with its exit code and last lines', async () => {
    const port = await closedPort();
    const started = await startApp({
      command: `node app.cjs ${port} crash; echo bye >&2; exit 3`,
      cwd: appDir(),
      env: process.env,
      readyUrl: `http://127.0.0.1:${port}/`,
      timeoutS: 20,
    });
    expect(started.ok).toBe(false);
    if (started.ok) return;
    expect(started.problem).toMatch(/^start-command exited with code 3 before/);
    expect(started.lastLines).toContain('bye');
  });

  test('an app that exits after answering is reported by `exited`', async () => {
    const port = await closedPort();
    const started = await startApp({
      command: `exec node app.cjs ${port} die-soon`,
      cwd: appDir(),
      env: process.env,
      readyUrl: `http://127.0.0.1:${port}/`,
      timeoutS: 20,
    });
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    for (let i = 0; i < 100 && !started.app.exited; i++) await new Promise((r) => setTimeout(r, 50));
    expect(started.app.exited).toBe('exited with code 4');
  });

  test('loopback hosts are this machine', () => {
    for (const h of ['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]'])
      expect(isLoopbackHost(h)).toBe(true);
    for (const h of ['staging.example.com', '10.0.0.1', '127.example.com', 'localhost.example.com'])
      expect(isLoopbackHost(h)).toBe(false);
  });
});
