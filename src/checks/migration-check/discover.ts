import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { sqlComments } from './parse.js';

export type Layout = 'prisma' | 'flyway' | 'golang-migrate' | 'dbmate' | 'supabase' | 'drizzle' | 'plain' | 'custom';

export interface MigrationFile {
  /** Path relative to the check's directory, with forward slashes. */
  path: string;
  layout: Layout;
  /** Sort key within the layout, the way that tool orders its files. */
  order: (string | number)[];
}

interface LayoutRule {
  layout: Layout;
  glob: string;
  /** Extra test on the file (dbmate files are plain .sql files with `-- migrate:up`). */
  accepts?: (file: string, absolute: string) => boolean;
  order: (file: string) => (string | number)[];
}

const base = (f: string) => path.posix.basename(f);
const versionParts = (v: string) => v.split(/[._]/).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
const numericPrefix = (f: string) => {
  const m = /^(\d+)/.exec(base(f));
  return m ? [Number(m[1]), base(f)] : [Infinity, base(f)];
};
const hasDbmateMarker = (absolute: string) => {
  try {
    return sqlComments(readFileSync(absolute, 'utf8')).some((c) => DBMATE_UP.test(c.text));
  } catch {
    return false;
  }
};

export const DBMATE_UP = /^--\s*migrate:up\b/;
export const DBMATE_DOWN = /^--\s*migrate:down\b/;

/** Most specific first: a file belongs to the first layout that matches it. */
export const LAYOUTS: LayoutRule[] = [
  {
    layout: 'prisma',
    glob: '**/prisma/migrations/*/migration.sql',
    order: (f) => [path.posix.basename(path.posix.dirname(f))],
  },
  { layout: 'supabase', glob: '**/supabase/migrations/*.sql', order: (f) => [base(f)] },
  { layout: 'drizzle', glob: '**/drizzle/*.sql', order: numericPrefix },
  {
    layout: 'flyway',
    glob: '**/V*__*.sql',
    order: (f) => [0, ...versionParts(/^V([^_]+(?:_[^_]+)*?)__/.exec(base(f))?.[1] ?? '')],
  },
  { layout: 'flyway', glob: '**/R__*.sql', order: (f) => [1, base(f)] },
  { layout: 'golang-migrate', glob: '**/*.up.sql', order: numericPrefix },
  {
    layout: 'dbmate',
    glob: '**/{db/migrations,migrations}/*.sql',
    accepts: (_f, abs) => hasDbmateMarker(abs),
    order: numericPrefix,
  },
  {
    layout: 'plain',
    glob: '**/{db/migrations,migrations}/*.sql',
    accepts: (f) => !f.endsWith('.down.sql'),
    order: (f) => [base(f).replace(/\d+/g, (d) => d.padStart(12, '0'))],
  },
];

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'vendor', '.next', 'build', 'coverage']);

export function listFiles(root: string, rel = '', out: string[] = []): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(path.join(root, rel), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) listFiles(root, child, out);
    } else if (e.isFile()) out.push(child);
  }
  return out;
}

function layoutOf(file: string, absolute: string): LayoutRule | undefined {
  return LAYOUTS.find(
    (l) => picomatch.isMatch(file, l.glob, { dot: false }) && (!l.accepts || l.accepts(file, absolute)),
  );
}

function compareKeys(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') {
      if (x !== y) return x - y;
    } else if (String(x) !== String(y)) return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

const LAYOUT_RANK: Layout[] = [
  'prisma',
  'flyway',
  'golang-migrate',
  'dbmate',
  'supabase',
  'drizzle',
  'plain',
  'custom',
];

/** Finds migrations by the given globs, or by the known layouts, ordered as each tool orders them. */
export function discoverMigrations(root: string, globs: string[]): MigrationFile[] {
  const files = listFiles(root);
  const chosen: MigrationFile[] = [];
  for (const file of files) {
    if (globs.length > 0 && !picomatch.isMatch(file, globs, { dot: true })) continue;
    const rule = layoutOf(file, path.join(root, file));
    if (rule) chosen.push({ path: file, layout: rule.layout, order: rule.order(file) });
    else if (globs.length > 0) chosen.push({ path: file, layout: 'custom', order: [file] });
  }
  applyDrizzleJournal(root, chosen);
  return chosen.sort(
    (a, b) =>
      LAYOUT_RANK.indexOf(a.layout) - LAYOUT_RANK.indexOf(b.layout) ||
      path.posix.dirname(a.path).localeCompare(path.posix.dirname(b.path)) ||
      compareKeys(a.order, b.order),
  );
}

/** Drizzle runs what meta/_journal.json lists, in its `idx` order; a file it does not list is not run. */
function applyDrizzleJournal(root: string, files: MigrationFile[]): void {
  const journals = new Map<string, Map<string, number> | null>();
  for (const f of files.filter((x) => x.layout === 'drizzle')) {
    const dir = path.posix.dirname(f.path);
    if (!journals.has(dir)) {
      try {
        const journal = JSON.parse(readFileSync(path.join(root, dir, 'meta', '_journal.json'), 'utf8')) as {
          entries?: { idx: number; tag: string }[];
        };
        journals.set(dir, new Map((journal.entries ?? []).map((e) => [e.tag, e.idx])));
      } catch {
        journals.set(dir, null);
      }
    }
    const idx = journals.get(dir)?.get(path.posix.basename(f.path, '.sql'));
    if (idx !== undefined) f.order = [idx];
    else if (journals.get(dir)) f.order = [Number.MAX_SAFE_INTEGER, path.posix.basename(f.path)];
  }
}

/** Whether the tool behind the layout runs this file inside a transaction. */
export function runsInTransaction(
  file: MigrationFile,
  root: string,
  sql: string,
  statementCount: number,
): { wrapped: boolean; why: string } {
  switch (file.layout) {
    case 'prisma':
      return statementCount > 1
        ? { wrapped: true, why: 'Prisma runs a multi-statement migration in a transaction' }
        : { wrapped: false, why: 'Prisma runs a single-statement migration without a transaction' };
    case 'drizzle':
      return { wrapped: true, why: "Drizzle's migrator runs every file in a transaction" };
    case 'supabase':
      return { wrapped: true, why: 'the Supabase CLI runs each migration in a transaction' };
    case 'golang-migrate':
      return statementCount > 1
        ? {
            wrapped: true,
            why: 'golang-migrate sends the file as one multi-statement query, which Postgres runs as one implicit transaction',
          }
        : { wrapped: false, why: 'a single statement' };
    case 'dbmate':
      return sqlComments(sql).some((c) => DBMATE_UP.test(c.text) && /\btransaction:false\b/.test(c.text))
        ? { wrapped: false, why: '-- migrate:up transaction:false' }
        : { wrapped: true, why: 'dbmate wraps each migration in a transaction unless transaction:false' };
    case 'flyway': {
      const conf = path.join(root, `${file.path}.conf`);
      if (existsSync(conf) && /^\s*executeInTransaction\s*=\s*false\s*$/m.test(readFileSync(conf, 'utf8')))
        return { wrapped: false, why: `${file.path}.conf sets executeInTransaction=false` };
      return {
        wrapped: true,
        why: 'Flyway runs each migration in a transaction unless its .conf sets executeInTransaction=false',
      };
    }
    default:
      return { wrapped: false, why: 'no known tool wraps it; explicit BEGIN/COMMIT are followed' };
  }
}
