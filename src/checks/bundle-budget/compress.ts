import { statSync } from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Compression } from './budgets-file.js';

/**
 * Exact compressed sizes, computed by Node's zlib in a pool of worker threads (see poolSize: every core works). Each
 * job is one compression of one file, largest first. A file over 4 MiB is streamed through its compressor in 256 KiB
 * chunks; a smaller one is read whole and compressed on the worker's thread, which is faster. Only output byte counts
 * are kept, so memory stays bounded (about 4 MiB of input per worker) whatever the size of the build.
 *
 * Settings are those of static-asset precompression and of size-limit, so the figures agree with it byte for byte:
 * brotli at quality 11 (the maximum, Node's default) with the default 22-bit window and generic mode; gzip at
 * level 9 with the default window and memory level.
 *
 * The worker's source is inline (`eval: true`) rather than a file beside the bundle: the actions run from esbuild
 * bundles in dist/, where a separate worker entry would need its own build and path lookup.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createReadStream, readFileSync, statSync } = require('node:fs');
const zlib = require('node:zlib');
const { once } = require('node:events');

const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } };
const GZIP = { level: 9 };

function compressor(kind) {
  if (kind === 'brotli') return zlib.createBrotliCompress(BROTLI);
  if (kind === 'gzip') return zlib.createGzip(GZIP);
  return null;
}

// Small files: read whole and compress on this thread (no stream overhead); memory is bounded by streamAbove.
function measureWhole(file, kinds) {
  const buf = readFileSync(file);
  const sizes = {};
  for (const kind of kinds)
    sizes[kind] =
      kind === 'brotli' ? zlib.brotliCompressSync(buf, BROTLI).length
      : kind === 'gzip' ? zlib.gzipSync(buf, GZIP).length
      : buf.length;
  return { raw: buf.length, sizes };
}

async function measureStream(file, kinds) {
  const sizes = {};
  const streams = [];
  for (const kind of kinds) {
    sizes[kind] = 0;
    const c = compressor(kind);
    if (c) {
      c.on('data', (chunk) => (sizes[kind] += chunk.length));
      streams.push(c);
    }
  }
  let raw = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
    raw += chunk.length;
    for (const c of streams) if (!c.write(chunk)) await once(c, 'drain');
  }
  const ended = streams.map((c) => once(c, 'end'));
  for (const c of streams) c.end();
  await Promise.all(ended);
  if ('none' in sizes) sizes.none = raw;
  return { raw, sizes };
}

parentPort.on('message', async (task) => {
  try {
    const big = statSync(task.file).size > task.streamAbove;
    const result = big ? await measureStream(task.file, task.kinds) : measureWhole(task.file, task.kinds);
    parentPort.postMessage({ id: task.id, ...result });
  } catch (err) {
    parentPort.postMessage({ id: task.id, error: String(err && err.message ? err.message : err) });
  }
});
`;

export interface FileSizes {
  raw: number;
  sizes: Partial<Record<Compression, number>>;
}

export interface SizeTask {
  /** Absolute path. */
  file: string;
  kinds: Compression[];
}

export type SizeResult = ({ ok: true } & FileSizes) | { ok: false; error: string };

/**
 * How many workers: one per core and at least four (the size of Node's own thread pool, which async zlib uses), so
 * that on a shared runner the gate's threads get their share of the cores; never more than there are jobs, at most 8.
 */
export function poolSize(jobs: number, cores = os.availableParallelism?.() ?? os.cpus().length): number {
  return Math.max(1, Math.min(jobs, Math.max(cores, 4), 8));
}

/** One compression of one file: the unit of work a worker gets. */
interface Job {
  task: number;
  file: string;
  kinds: Compression[];
  bytes: number;
}

/**
 * Splits tasks into one job per compression (the brotli and the gzip of one large file run on both cores at once)
 * and orders them largest first, so no core is left with one big file at the end.
 */
export function planJobs(tasks: SizeTask[], sizeOf: (file: string) => number): Job[] {
  const jobs: Job[] = [];
  tasks.forEach((t, task) => {
    let bytes = 0;
    try {
      bytes = sizeOf(t.file);
    } catch {
      bytes = 0; // the worker reports the error
    }
    const compressed = t.kinds.filter((k) => k !== 'none');
    if (compressed.length === 0) jobs.push({ task, file: t.file, kinds: ['none'], bytes });
    for (const k of compressed) jobs.push({ task, file: t.file, kinds: [k], bytes });
  });
  return jobs.sort((a, b) => b.bytes - a.bytes || a.task - b.task);
}

/** Measures every task; results come back in task order. A worker that dies fails its job, not the run. */
export async function measureFiles(
  tasks: SizeTask[],
  workers = poolSize(tasks.length * 2),
  streamAbove = 4 * 1024 * 1024,
): Promise<SizeResult[]> {
  const results: SizeResult[] = new Array(tasks.length);
  if (tasks.length === 0) return results;
  const jobs = planJobs(tasks, (f) => statSync(f).size);
  const record = (job: Job, outcome: SizeResult) => {
    const prev = results[job.task];
    if (prev && !prev.ok) return;
    if (!outcome.ok || !prev) results[job.task] = outcome;
    else prev.sizes = { ...prev.sizes, ...outcome.sizes };
  };
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(WORKER_SOURCE, { eval: true });
      let current = -1;
      const finish = () => {
        void worker.terminate();
        resolve();
      };
      const dispatch = () => {
        if (next >= jobs.length) return finish();
        current = next++;
        worker.postMessage({ id: current, file: jobs[current].file, kinds: jobs[current].kinds, streamAbove });
      };
      worker.on('message', (m: { id: number; raw?: number; sizes?: FileSizes['sizes']; error?: string }) => {
        record(
          jobs[m.id],
          m.error !== undefined ? { ok: false, error: m.error } : { ok: true, raw: m.raw!, sizes: m.sizes! },
        );
        current = -1;
        dispatch();
      });
      worker.on('error', (err) => {
        if (current >= 0) record(jobs[current], { ok: false, error: err.message });
        // The worker is gone; the remaining jobs go to a fresh worker in its slot.
        resolve(runWorker());
      });
      dispatch();
    });
  await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, runWorker));
  for (const [i, r] of results.entries())
    if (r?.ok && tasks[i].kinds.includes('none')) r.sizes = { ...r.sizes, none: r.raw };
  return results;
}
