import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  HttpClient,
  NetworkError,
  sleep
} from "./chunk-74U225BG.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/http/ready.ts
init_define_LAUNCHGATE_GATES();
async function pollUntilReady(client, url, opts) {
  const started = performance.now();
  const deadline = started + opts.seconds * 1e3;
  const elapsed = () => (performance.now() - started) / 1e3;
  let last = "no answer yet";
  while (performance.now() < deadline) {
    const aborted2 = opts.abort?.();
    if (aborted2) return { ok: false, seconds: elapsed(), last, aborted: aborted2 };
    try {
      const res = await client.send({ method: "GET", url, headers: {} }, { followRedirects: false });
      if (res.status < 500) return { ok: true, seconds: elapsed(), last: `HTTP ${res.status}` };
      last = `HTTP ${res.status}`;
    } catch (err) {
      if (!(err instanceof NetworkError)) throw err;
      last = err.message;
    }
    await sleep(Math.min(opts.intervalMs, Math.max(0, deadline - performance.now())));
  }
  const aborted = opts.abort?.();
  return { ok: false, seconds: opts.seconds, last, ...aborted ? { aborted } : {} };
}

// src/checks/http/app-process.ts
init_define_LAUNCHGATE_GATES();
import { spawn } from "node:child_process";
import { connect } from "node:net";
var KEEP_LINES = 40;
var AppProcess = class {
  constructor(command, cwd, env) {
    this.command = command;
    this.child = spawn(command, { cwd, env, shell: true, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const keep = (chunk) => {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) this.lines.push(line);
      if (this.lines.length > KEEP_LINES) this.lines.splice(0, this.lines.length - KEEP_LINES);
    };
    this.child.stdout?.on("data", keep);
    this.child.stderr?.on("data", keep);
    this.child.on("error", (err) => this.exitReason ??= `could not start: ${err.message}`);
    this.child.on(
      "exit",
      (code, signal) => this.exitReason ??= signal ? `was killed by ${signal}` : `exited with code ${code}`
    );
    this.child.unref();
    this.child.stdout?.unref?.();
    this.child.stderr?.unref?.();
  }
  command;
  child;
  lines = [];
  exitReason;
  stopping;
  get lastLines() {
    return [...this.lines];
  }
  /** Why the process ended, while the run still needed it; undefined while it runs. */
  get exited() {
    return this.stopping ? void 0 : this.exitReason;
  }
  async stop() {
    this.stopping ??= this.kill();
    await this.stopping;
  }
  /** Synchronous last resort at process exit. */
  killNow() {
    if (this.exitReason || this.child.pid === void 0) return;
    try {
      process.kill(-this.child.pid, "SIGKILL");
    } catch {
    }
  }
  async kill() {
    if (this.exitReason || this.child.pid === void 0) return;
    const exited = new Promise((r) => this.child.once("exit", r));
    try {
      process.kill(-this.child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => this.killNow(), 3e3);
    await exited;
    clearTimeout(timer);
  }
};
var running = /* @__PURE__ */ new Map();
var hooked = false;
function stopAllAtEnd() {
  if (hooked) return;
  hooked = true;
  process.on("beforeExit", () => {
    const apps = [...running.values()];
    running.clear();
    if (apps.length) void Promise.all(apps.map((a) => a.stop()));
  });
  process.on("exit", () => {
    for (const app of running.values()) app.killNow();
  });
}
async function startApp(opts) {
  const key = `${opts.cwd}\0${opts.command}`;
  const existing = running.get(key);
  if (existing && !existing.exited) return { ok: true, app: existing, reused: true };
  if (existing) running.delete(key);
  const holder = await portHolder(opts.readyUrl);
  if (holder)
    return {
      ok: false,
      problem: `${holder} already answers before start-command ran: another server holds the port, so the gate would test it instead of the started app. Stop that server or use a free port`,
      lastLines: []
    };
  const app = new AppProcess(opts.command, opts.cwd, opts.env);
  stopAllAtEnd();
  running.set(key, app);
  const client = new HttpClient({ timeoutMs: 2e3, retries: 0 });
  try {
    const ready = await pollUntilReady(client, opts.readyUrl, {
      seconds: opts.timeoutS,
      intervalMs: 250,
      abort: () => app.exited
    });
    if (ready.ok) return { ok: true, app, reused: false };
    running.delete(key);
    await app.stop();
    return {
      ok: false,
      problem: ready.aborted ? `start-command ${ready.aborted} before ${opts.readyUrl} answered` : `${opts.readyUrl} did not answer within ${opts.timeoutS} s (last: ${ready.last})`,
      lastLines: app.lastLines
    };
  } finally {
    await client.close();
  }
}
var LOCAL_HOSTS = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0|\[::\])$/i;
function isLoopbackHost(hostname) {
  return LOCAL_HOSTS.test(hostname);
}
async function portHolder(rawUrl) {
  let url;
  try {
    url = new URL(rawUrl);
  } catch {
    return void 0;
  }
  if (!isLoopbackHost(url.hostname)) return void 0;
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const open = await new Promise((resolve) => {
    const socket = connect({ host: host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host, port });
    const done = (v) => {
      socket.destroy();
      resolve(v);
    };
    socket.setTimeout(1e3, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
  return open ? `${url.hostname}:${port}` : void 0;
}

// src/checks/http/log-text.ts
init_define_LAUNCHGATE_GATES();
function oneLine(text, max = 300) {
  const escaped = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return " ";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
  return escaped.length > max ? `${escaped.slice(0, max)}\u2026` : escaped;
}

export {
  pollUntilReady,
  startApp,
  isLoopbackHost,
  oneLine
};
