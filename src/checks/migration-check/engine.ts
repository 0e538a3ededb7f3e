import { fork, type ChildProcess } from 'node:child_process';
import module from 'node:module';
import type { ParsedSql } from './parse.js';
import { bundledEntry } from '../../core/bundled-entry.js';

export type EngineRequest =
  | { op: 'parse'; sqls: string[] }
  | { op: 'open'; extensions: string[] }
  | { op: 'exec'; sql: string }
  | { op: 'close' };

export type EngineReply =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string; code?: string };

/** A statement ran past the time budget; the engine that ran it was stopped. */
export class StatementTimeoutError extends Error {
  constructor(readonly seconds: number) {
    super(`the statement was still running after ${seconds} s, so it was stopped`);
  }
}

/** An error the database returned, with its SQLSTATE when known. */
export class DatabaseError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Postgres's parser and an embedded Postgres (PGlite), kept out of the caller's event loop when possible. */
export interface MigrationEngine {
  parse(sql: string): Promise<ParsedSql>;
  /** Opens a fresh, empty database; returns the extensions it loaded. */
  open(extensions: string[]): Promise<string[]>;
  /** Runs SQL in the open database; a statement still running after `timeoutSeconds` is a StatementTimeoutError. */
  exec(sql: string, timeoutSeconds: number): Promise<void>;
  closeDatabase(): Promise<void>;
  shutdown(): Promise<void>;
}

/** Parsing a file is linear in its size; this only catches a wedged process. */
const PARSE_TIMEOUT_SECONDS = 120;
/**
 * Files parsed per message to the engine: one message per file cost a third of the time of 1000 small files (a
 * write and a message event each); a bounded batch still lets this process read one reply while the next is parsed.
 */
const PARSE_BATCH = 200;
/** Opening starts Postgres from a snapshot (about a second), or runs initdb when no snapshot fits (seconds). */
const OPEN_TIMEOUT_SECONDS = 180;

/** The engine's entry in the bundle: dist/shared/migration-engine.js (see scripts/build.mjs). */
function engineEntry(): string | undefined {
  return bundledEntry(import.meta.url, 'migration-engine.js');
}

/**
 * The engine process, forked with --liftoff-only: V8 flags only work on a process's command line. Without it V8
 * recompiles the 1 MB parser with its optimising compiler on background threads, and the process cannot exit until
 * that is done (seconds, and 600 MB); v8.setFlagsFromString and process.exit do not avoid it.
 */
function forkEngine(entry: string): ChildProcess {
  // The caller's module compile cache (the CLI enables one), if any, serves the engine's code too.
  const cache = module.getCompileCacheDir?.();
  return fork(entry, [], {
    execArgv: ['--liftoff-only', '--no-warnings'],
    env: cache ? { ...process.env, NODE_COMPILE_CACHE: cache } : process.env,
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
}

/** An engine process forked ahead of need by prestartEngine, until startEngine takes it. */
let early: ChildProcess | undefined;

/**
 * Forks the engine process now, so that its Node start and parser compile overlap the caller's own loading (the
 * CLI calls this before it loads the migration check). Whatever startEngine does not take, discardEarlyEngine stops.
 */
export function prestartEngine(): void {
  const entry = engineEntry();
  if (!entry || early) return;
  const child = forkEngine(entry);
  child.on('error', () => undefined);
  child.once('exit', () => {
    if (early === child) early = undefined;
  });
  early = child;
}

/** Stops an engine process that prestartEngine forked and no check took. */
export function discardEarlyEngine(): void {
  const child = early;
  early = undefined;
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/**
 * Starts the engine. From the bundle it is a child process (forkEngine); from source (unit tests) it runs in this
 * process.
 */
export async function startEngine(): Promise<MigrationEngine> {
  const entry = engineEntry();
  if (entry) return new ChildEngine(entry);
  return inProcessEngine();
}

async function inProcessEngine(): Promise<MigrationEngine> {
  const { parseSql } = await import('./parse.js');
  const { PgliteHost } = await import('./pglite-host.js');
  const host = new PgliteHost();
  return {
    parse: (sql) => parseSql(sql),
    open: (extensions) => host.open(extensions),
    exec: async (sql) => {
      try {
        await host.exec(sql);
      } catch (err: any) {
        throw new DatabaseError(String(err?.message ?? err), err?.code);
      }
    },
    closeDatabase: () => host.close(),
    shutdown: () => host.close(),
  };
}

class ChildEngine implements MigrationEngine {
  private child: ChildProcess | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private stderr = '';

  constructor(private readonly entry: string) {}

  /** Files asked for in the same turn of the event loop, sent as one request when the turn ends. */
  private batch: { sql: string; resolve: (p: ParsedSql) => void; reject: (e: Error) => void }[] = [];

  parse(sql: string): Promise<ParsedSql> {
    return new Promise((resolve, reject) => {
      if (this.batch.push({ sql, resolve, reject }) === 1) queueMicrotask(() => this.sendParses());
    });
  }

  private sendParses(): void {
    const all = this.batch;
    this.batch = [];
    for (let at = 0; at < all.length; at += PARSE_BATCH) {
      const part = all.slice(at, at + PARSE_BATCH);
      this.request({ op: 'parse', sqls: part.map((p) => p.sql) }, PARSE_TIMEOUT_SECONDS).then(
        (results) => part.forEach((p, i) => p.resolve((results as ParsedSql[])[i])),
        (err: Error) => part.forEach((p) => p.reject(err)),
      );
    }
  }

  open(extensions: string[]): Promise<string[]> {
    return this.request({ op: 'open', extensions }, OPEN_TIMEOUT_SECONDS) as Promise<string[]>;
  }

  async exec(sql: string, timeoutSeconds: number): Promise<void> {
    await this.request({ op: 'exec', sql }, timeoutSeconds);
  }

  async closeDatabase(): Promise<void> {
    if (this.child) await this.request({ op: 'close' }, OPEN_TIMEOUT_SECONDS);
  }

  async shutdown(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    // Disconnecting lets the child remove its data directory and exit; it never keeps this process waiting.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve();
      }, 5000);
      timer.unref();
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      if (child.connected) child.disconnect();
      else child.kill('SIGKILL');
    });
  }

  private spawn(): ChildProcess {
    let child = early;
    early = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null || !child.connected)
      child = forkEngine(this.entry);
    this.stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-2000);
    });
    child.on('message', (reply: EngineReply) => {
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.result);
      else waiter.reject(new DatabaseError(reply.message, reply.code));
    });
    child.on('exit', (code, signal) => {
      if (this.child === child) this.child = undefined;
      const why = `the embedded engine stopped (${signal ?? `exit ${code}`})${this.stderr.trim() ? `: ${this.stderr.trim().split('\n').slice(-3).join(' ')}` : ''}`;
      for (const [id, waiter] of this.pending) {
        this.pending.delete(id);
        waiter.reject(new Error(why));
      }
    });
    child.on('error', () => undefined);
    return child;
  }

  private request(request: EngineRequest, timeoutSeconds: number): Promise<unknown> {
    this.child ??= this.spawn();
    const child = this.child;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        // WebAssembly cannot be interrupted from outside: stopping the process is the only way to end the statement.
        if (this.child === child) this.child = undefined;
        child.kill('SIGKILL');
        reject(new StatementTimeoutError(timeoutSeconds));
      }, timeoutSeconds * 1000);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      child.send({ ...request, id });
    });
  }
}
