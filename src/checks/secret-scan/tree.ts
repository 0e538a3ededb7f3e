import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Fragment } from './scanner.js';
import type { PatchStats } from './git-patches.js';

const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

function isBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8000);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

/** The files under `roots` (relative to cwd), as fragments; binaries and huge files are skipped and counted. */
export function* treeFragments(cwd: string, roots: string[], stats: PatchStats, maxBytes: number): Generator<Fragment> {
  const walk = function* (rel: string, explicit: boolean): Generator<Fragment> {
    const abs = path.join(cwd, rel);
    let st;
    try {
      st = statSync(abs);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      if (!explicit && SKIP_DIRS.has(path.basename(rel))) return;
      for (const name of readdirSync(abs).sort()) yield* walk(rel === '.' ? name : path.join(rel, name), false);
      return;
    }
    if (!st.isFile()) return;
    if (st.size > maxBytes) {
      stats.hugeSkipped++;
      return;
    }
    const buf = readFileSync(abs);
    if (isBinary(buf)) {
      stats.binarySkipped++;
      return;
    }
    stats.files++;
    stats.bytes += buf.length;
    yield { file: rel.split(path.sep).join('/'), text: buf.toString('utf8') };
  };
  for (const root of roots.length ? roots : ['.']) yield* walk(path.normalize(root), true);
}
