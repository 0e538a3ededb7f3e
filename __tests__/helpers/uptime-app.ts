/**
 * A monitored app in its own process, whose health the test sets: `/` and `/api/health` answer with the status
 * and delay last set through `POST /__set?status=503&delay=0` (the control route only the test knows).
 */
import { spawn, type ChildProcess } from 'node:child_process';

const SERVER = `
const http = require('node:http');
let status = 200, delay = 0;
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (req.method === 'POST' && url.pathname === '/__set') {
    status = Number(url.searchParams.get('status') ?? status);
    delay = Number(url.searchParams.get('delay') ?? delay);
    res.end('set');
    return;
  }
  setTimeout(() => {
    res.writeHead(status, { 'content-type': 'text/plain' });
    res.end(status < 400 ? 'ok' : 'Service Unavailable: database connection refused');
  }, delay);
});
server.listen(0, '127.0.0.1', () => process.stdout.write('PORT ' + server.address().port + '\\n'));
`;

export interface UptimeApp {
  url: string;
  set(status: number, delayMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startUptimeApp(): Promise<UptimeApp> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /PORT (\d+)/.exec(out);
      if (m) resolve(`http://127.0.0.1:${m[1]}`);
    });
    child.on('exit', (code) => reject(new Error(`uptime app exited ${code}`)));
  });
  return {
    url,
    async set(status, delayMs = 0) {
      const res = await fetch(`${url}/__set?status=${status}&delay=${delayMs}`, { method: 'POST' });
      await res.text();
    },
    async close() {
      child.kill();
      await new Promise((r) => child.once('exit', r));
    },
  };
}
