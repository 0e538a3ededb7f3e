import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  bundledEntry
} from "./chunk-EYPTBNW2.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/migration-check/engine.ts
init_define_LAUNCHGATE_GATES();
import { fork } from "node:child_process";
import module from "node:module";
var StatementTimeoutError = class extends Error {
  constructor(seconds) {
    super(`the statement was still running after ${seconds} s, so it was stopped`);
    this.seconds = seconds;
  }
  seconds;
};
var DatabaseError = class extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
  code;
};
var PARSE_TIMEOUT_SECONDS = 120;
var PARSE_BATCH = 200;
var OPEN_TIMEOUT_SECONDS = 180;
function engineEntry() {
  return bundledEntry(import.meta.url, "migration-engine.js");
}
function forkEngine(entry) {
  const cache = module.getCompileCacheDir?.();
  return fork(entry, [], {
    execArgv: ["--liftoff-only", "--no-warnings"],
    env: cache ? { ...process.env, NODE_COMPILE_CACHE: cache } : process.env,
    serialization: "advanced",
    stdio: ["ignore", "ignore", "pipe", "ipc"]
  });
}
var early;
function prestartEngine() {
  const entry = engineEntry();
  if (!entry || early) return;
  const child = forkEngine(entry);
  child.on("error", () => void 0);
  child.once("exit", () => {
    if (early === child) early = void 0;
  });
  early = child;
}
function discardEarlyEngine() {
  const child = early;
  early = void 0;
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}
async function startEngine() {
  const entry = engineEntry();
  if (entry) return new ChildEngine(entry);
  return inProcessEngine();
}
async function inProcessEngine() {
  const { parseSql } = await import("./parse-WIDE747V.js");
  const { PgliteHost } = await import("./pglite-host-BA7ZRVNY.js");
  const host = new PgliteHost();
  return {
    parse: (sql) => parseSql(sql),
    open: (extensions) => host.open(extensions),
    exec: async (sql) => {
      try {
        await host.exec(sql);
      } catch (err) {
        throw new DatabaseError(String(err?.message ?? err), err?.code);
      }
    },
    closeDatabase: () => host.close(),
    shutdown: () => host.close()
  };
}
var ChildEngine = class {
  constructor(entry) {
    this.entry = entry;
  }
  entry;
  child;
  nextId = 1;
  pending = /* @__PURE__ */ new Map();
  stderr = "";
  /** Files asked for in the same turn of the event loop, sent as one request when the turn ends. */
  batch = [];
  parse(sql) {
    return new Promise((resolve, reject) => {
      if (this.batch.push({ sql, resolve, reject }) === 1) queueMicrotask(() => this.sendParses());
    });
  }
  sendParses() {
    const all = this.batch;
    this.batch = [];
    for (let at = 0; at < all.length; at += PARSE_BATCH) {
      const part = all.slice(at, at + PARSE_BATCH);
      this.request({ op: "parse", sqls: part.map((p) => p.sql) }, PARSE_TIMEOUT_SECONDS).then(
        (results) => part.forEach((p, i) => p.resolve(results[i])),
        (err) => part.forEach((p) => p.reject(err))
      );
    }
  }
  open(extensions) {
    return this.request({ op: "open", extensions }, OPEN_TIMEOUT_SECONDS);
  }
  async exec(sql, timeoutSeconds) {
    await this.request({ op: "exec", sql }, timeoutSeconds);
  }
  async closeDatabase() {
    if (this.child) await this.request({ op: "close" }, OPEN_TIMEOUT_SECONDS);
  }
  async shutdown() {
    const child = this.child;
    if (!child) return;
    this.child = void 0;
    await new Promise((resolve) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        resolve();
      }, 5e3);
      timer.unref();
      child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      if (child.connected) child.disconnect();
      else child.kill("SIGKILL");
    });
  }
  spawn() {
    let child = early;
    early = void 0;
    if (!child || child.exitCode !== null || child.signalCode !== null || !child.connected)
      child = forkEngine(this.entry);
    this.stderr = "";
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk) => {
      this.stderr = (this.stderr + chunk).slice(-2e3);
    });
    child.on("message", (reply) => {
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.result);
      else waiter.reject(new DatabaseError(reply.message, reply.code));
    });
    child.on("exit", (code, signal) => {
      if (this.child === child) this.child = void 0;
      const why = `the embedded engine stopped (${signal ?? `exit ${code}`})${this.stderr.trim() ? `: ${this.stderr.trim().split("\n").slice(-3).join(" ")}` : ""}`;
      for (const [id, waiter] of this.pending) {
        this.pending.delete(id);
        waiter.reject(new Error(why));
      }
    });
    child.on("error", () => void 0);
    return child;
  }
  request(request, timeoutSeconds) {
    this.child ??= this.spawn();
    const child = this.child;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        if (this.child === child) this.child = void 0;
        child.kill("SIGKILL");
        reject(new StatementTimeoutError(timeoutSeconds));
      }, timeoutSeconds * 1e3);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        }
      });
      child.send({ ...request, id });
    });
  }
};

export {
  StatementTimeoutError,
  DatabaseError,
  prestartEngine,
  discardEarlyEngine,
  startEngine
};
