import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { HttpClient } from './client.js';
import { pollUntilReady } from './ready.js';

const KEEP_LINES = 40;

/**
 * The app under test, started by `start-command` in the background.
 *
 * One app per run: the gates of one run (the CLI, the all-in-one action) share this process, so when smoke-test and
 * latency-budget are given the same start-command in the same directory, the first gate starts the app and the
 * other reuses it. The app lives until the run ends (the process's `beforeExit`, or `exit` as a last resort), so
 * smoke, which runs before latency, reaches the very app that latency then loads. A single-gate action is one run.
 */
export class AppProcess {
  private readonly child: ChildProcess;
  private readonly lines: string[] = [];
  private exitReason: string | undefined;
  private stopping: Promise<void> | undefined;

  constructor(
    readonly command: string,
    cwd: string,
    env: NodeJS.ProcessEnv,
  ) {
    // Its own process group, so stopping it stops whatever the command started (npm → node, say).
    this.child = spawn(command, { cwd, env, shell: true, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) this.lines.push(line);
      if (this.lines.length > KEEP_LINES) this.lines.splice(0, this.lines.length - KEEP_LINES);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.child.on('error', (err) => (this.exitReason ??= `could not start: ${err.message}`));
    this.child.on(
      'exit',
      (code, signal) => (this.exitReason ??= signal ? `was killed by ${signal}` : `exited with code ${code}`),
    );
    // The app must not keep the run alive: the run ends when the gates are done, and then the app is stopped.
    this.child.unref();
    (this.child.stdout as unknown as { unref?: () => void })?.unref?.();
    (this.child.stderr as unknown as { unref?: () => void })?.unref?.();
  }

  get lastLines(): string[] {
    return [...this.lines];
  }

  /** Why the process ended, while the run still needed it; undefined while it runs. */
  get exited(): string | undefined {
    return this.stopping ? undefined : this.exitReason;
  }

  async stop(): Promise<void> {
    this.stopping ??= this.kill();
    await this.stopping;
  }

  /** Synchronous last resort at process exit. */
  killNow(): void {
    if (this.exitReason || this.child.pid === undefined) return;
    try {
      process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }

  private async kill(): Promise<void> {
    if (this.exitReason || this.child.pid === undefined) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    try {
      process.kill(-this.child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => this.killNow(), 3000);
    await exited;
    clearTimeout(timer);
  }
}

const running = new Map<string, AppProcess>();
let hooked = false;

function stopAllAtEnd(): void {
  if (hooked) return;
  hooked = true;
  process.on('beforeExit', () => {
    const apps = [...running.values()];
    running.clear();
    if (apps.length) void Promise.all(apps.map((a) => a.stop()));
  });
  process.on('exit', () => {
    for (const app of running.values()) app.killNow();
  });
}

export type StartedApp =
  { ok: true; app: AppProcess; reused: boolean } | { ok: false; problem: string; lastLines: string[] };

export interface StartOptions {
  command: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Polled until it answers below 500. */
  readyUrl: string;
  timeoutS: number;
}

/**
 * Starts the app (or reuses the one this run already started with the same command and directory) and waits
 * until it answers. Refuses to start when another server already holds the port: the gate would then test that
 * server while the started app crashed.
 */
export async function startApp(opts: StartOptions): Promise<StartedApp> {
  const key = `${opts.cwd}\0${opts.command}`;
  const existing = running.get(key);
  if (existing && !existing.exited) return { ok: true, app: existing, reused: true };
  if (existing) running.delete(key);
  const holder = await portHolder(opts.readyUrl);
  if (holder)
    return {
      ok: false,
      problem: `${holder} already answers before start-command ran: another server holds the port, so the gate would test it instead of the started app. Stop that server or use a free port`,
      lastLines: [],
    };
  const app = new AppProcess(opts.command, opts.cwd, opts.env);
  stopAllAtEnd();
  running.set(key, app);
  const client = new HttpClient({ timeoutMs: 2000, retries: 0 });
  try {
    const ready = await pollUntilReady(client, opts.readyUrl, {
      seconds: opts.timeoutS,
      intervalMs: 250,
      abort: () => app.exited,
    });
    if (ready.ok) return { ok: true, app, reused: false };
    running.delete(key);
    await app.stop();
    return {
      ok: false,
      problem: ready.aborted
        ? `start-command ${ready.aborted} before ${opts.readyUrl} answered`
        : `${opts.readyUrl} did not answer within ${opts.timeoutS} s (last: ${ready.last})`,
      lastLines: app.lastLines,
    };
  } finally {
    await client.close();
  }
}

const LOCAL_HOSTS = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0|\[::\])$/i;

/** True for a host on this machine (loopback): load against it floods no one else. */
export function isLoopbackHost(hostname: string): boolean {
  return LOCAL_HOSTS.test(hostname);
}

/** `host:port` when something on this machine already accepts connections on the URL's port. */
async function portHolder(rawUrl: string): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return undefined;
  }
  if (!isLoopbackHost(url.hostname)) return undefined;
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const open = await new Promise<boolean>((resolve) => {
    const socket = connect({ host: host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host, port });
    const done = (v: boolean) => {
      socket.destroy();
      resolve(v);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
  return open ? `${url.hostname}:${port}` : undefined;
}
