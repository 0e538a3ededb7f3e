import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';

/** A walk visits at most this many directory entries per glob: a budget over a whole disk is a mistake. */
const MAX_VISITED = 200_000;
const SKIP_DIRS = new Set(['.git', 'node_modules']);

export interface MatchedFile {
  /** Relative to the directory the globs are relative to, with forward slashes. */
  file: string;
  bytes: number;
}

export interface GlobMatch {
  files: MatchedFile[];
  /** Globs that matched no file: a budget that measures nothing must not pass. */
  empty: string[];
  /** Set when a walk stopped at MAX_VISITED entries. */
  truncated?: string;
}

/**
 * The files the globs match under `root`, each once, sorted. The walk starts at each glob's static part
 * (`dist/assets` of `dist/assets/*.js`), does not follow symbolic links (no loops, nothing outside the tree) and
 * skips .git and node_modules unless the glob names them.
 */
export function matchGlobs(root: string, globs: string[]): GlobMatch {
  const found = new Map<string, number>();
  const empty: string[] = [];
  let truncated: string | undefined;
  for (const glob of globs) {
    const isMatch = picomatch(glob, { dot: false });
    const scan = picomatch.scan(glob);
    const base = scan.isGlob ? scan.base : path.posix.dirname(glob);
    const namesSkipped = (dir: string) => !glob.split('/').includes(dir);
    let visited = 0;
    let matched = 0;
    const walk = (relDir: string) => {
      let entries;
      try {
        entries = readdirSync(path.join(root, relDir), { withFileTypes: true });
      } catch {
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        if (++visited > MAX_VISITED) {
          truncated = glob;
          return;
        }
        const rel = relDir === '' || relDir === '.' ? e.name : `${relDir}/${e.name}`;
        if (e.isDirectory()) {
          if (SKIP_DIRS.has(e.name) && namesSkipped(e.name)) continue;
          walk(rel);
        } else if (e.isFile() && isMatch(rel)) {
          matched++;
          if (!found.has(rel)) found.set(rel, statSync(path.join(root, rel)).size);
        }
      }
    };
    if (!scan.isGlob) {
      // A plain path: the file itself.
      try {
        const st = statSync(path.join(root, glob));
        if (st.isFile()) {
          matched++;
          found.set(path.posix.normalize(glob), st.size);
        }
      } catch {
        // no such file: reported as empty below
      }
    } else walk(base === '' ? '.' : base);
    if (matched === 0) empty.push(glob);
  }
  const files = [...found.entries()]
    .map(([file, bytes]) => ({ file, bytes }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, empty, truncated };
}
