import path from 'node:path';
import type { BudgetEntry, Compression } from './budgets-file.js';
import { measureFiles, type SizeTask } from './compress.js';
import { matchGlobs } from './files.js';
import type { HashStripper } from './hash-names.js';

export interface FileMeasurement {
  /** The path as built, relative to the build's root. */
  file: string;
  /** Compressed bytes in the entry's compression. */
  size: number;
  raw: number;
}

export interface EntryMeasurement {
  name: string;
  compression: Compression;
  limit: string;
  limitBytes: number;
  /** Sum of the files' sizes, each compressed on its own (as servers send them). */
  size: number;
  raw: number;
  /** By name with the content hash stripped (`assets/main.[hash].js`). */
  files: Record<string, FileMeasurement>;
  /** Globs that matched nothing. */
  emptyGlobs: string[];
}

export interface BuildMeasurement {
  entries: EntryMeasurement[];
  /** Files that could not be read or compressed, with the reason. */
  failures: { file: string; error: string }[];
  truncated: string[];
  fileCount: number;
  rawBytes: number;
}

/**
 * Stripped names that collide (two `index-[hash].js` chunks) are told apart by size rank: `index-[hash].js`,
 * `index-[hash].js#2`, … so the largest is matched with the largest across builds.
 */
export function keyFiles(files: FileMeasurement[], strip: HashStripper): Record<string, FileMeasurement> {
  const groups = new Map<string, FileMeasurement[]>();
  for (const f of files) {
    const key = strip.strip(f.file);
    const g = groups.get(key) ?? [];
    g.push(f);
    groups.set(key, g);
  }
  const out: Record<string, FileMeasurement> = {};
  for (const [key, g] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    g.sort((a, b) => b.size - a.size || (a.file < b.file ? -1 : 1));
    g.forEach((f, i) => (out[i === 0 ? key : `${key}#${i + 1}`] = f));
  }
  return out;
}

/** Matches every entry's globs under `root` and measures each file once in every compression it is needed in. */
export async function measureBuild(
  root: string,
  entries: BudgetEntry[],
  strip: HashStripper,
): Promise<BuildMeasurement> {
  const matches = entries.map((e) => matchGlobs(root, e.globs));
  const kinds = new Map<string, Set<Compression>>();
  for (const [i, m] of matches.entries())
    for (const f of m.files) {
      const set = kinds.get(f.file) ?? new Set<Compression>();
      set.add(entries[i].compression);
      kinds.set(f.file, set);
    }
  const files = [...kinds.keys()];
  const tasks: SizeTask[] = files.map((f) => ({ file: path.join(root, f), kinds: [...kinds.get(f)!] }));
  const results = await measureFiles(tasks);
  const byFile = new Map(files.map((f, i) => [f, results[i]]));
  const failures: BuildMeasurement['failures'] = [];
  let rawBytes = 0;
  for (const [f, r] of byFile) {
    if (!r.ok) failures.push({ file: f, error: r.error });
    else rawBytes += r.raw;
  }
  const measured = entries.map((e, i): EntryMeasurement => {
    const list: FileMeasurement[] = [];
    for (const f of matches[i].files) {
      const r = byFile.get(f.file);
      if (r?.ok) list.push({ file: f.file, size: r.sizes[e.compression] ?? 0, raw: r.raw });
    }
    return {
      name: e.name,
      compression: e.compression,
      limit: e.limit.text,
      limitBytes: e.limit.bytes,
      size: list.reduce((s, f) => s + f.size, 0),
      raw: list.reduce((s, f) => s + f.raw, 0),
      files: keyFiles(list, strip),
      emptyGlobs: matches[i].empty,
    };
  });
  return {
    entries: measured,
    failures,
    truncated: matches.flatMap((m) => (m.truncated ? [m.truncated] : [])),
    fileCount: files.length,
    rawBytes,
  };
}
