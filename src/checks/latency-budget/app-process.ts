import { spawn, type ChildProcess } from 'node:child_process';
import { HttpClient, NetworkError, sleep } from '../http/client.js';

const KEEP_LINES = 40;

/** The app under test, started by `start-command` in the background and stopped at the end. */
export class AppProcess {
  private readonly child: ChildProcess;
  private readonly lines: string[] = [];
  private exit: string | undefined;

  constructor(command: string, cwd: string, env: NodeJS.ProcessEnv) {
    // Its own process group, so stopping it stops whatever the command started (npm → node, say).
    this.child = spawn(command, { cwd, env, shell: true, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) this.lines.push(line);
      if (this.lines.length > KEEP_LINES) this.lines.splice(0, this.lines.length - KEEP_LINES);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.child.on('exit', (code, signal) => (this.exit = signal ? `killed by ${signal}` : `exited with code ${code}`));
  }

  get lastLines(): string[] {
    return [...this.lines];
  }

  /** Polls `url` until it answers below 500, the process exits, or the time is up. */
  async waitUntilReady(url: string, timeoutS: number): Promise<{ ok: boolean; problem?: string }> {
    const client = new HttpClient({ timeoutMs: 2000, retries: 0 });
    const deadline = performance.now() + timeoutS * 1000;
    let last = 'no answer yet';
    try {
      while (performance.now() < deadline) {
        if (this.exit) return { ok: false, problem: `start-command ${this.exit} before ${url} answered` };
        try {
          const res = await client.send({ method: 'GET', url, headers: {} }, { followRedirects: false });
          if (res.status < 500) return { ok: true };
          last = `HTTP ${res.status}`;
        } catch (err) {
          if (!(err instanceof NetworkError)) throw err;
          last = err.message;
        }
        await sleep(250);
      }
      return { ok: false, problem: `${url} did not answer within ${timeoutS} s (last: ${last})` };
    } finally {
      await client.close();
    }
  }

  async stop(): Promise<void> {
    if (this.exit || this.child.pid === undefined) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    try {
      process.kill(-this.child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-this.child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 3000);
    await exited;
    clearTimeout(timer);
  }
}
