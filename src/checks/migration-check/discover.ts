import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { parse as parseToml } from 'smol-toml';
import type { SqlComment } from './parse.js';

export type Layout =
  'prisma' | 'flyway' | 'golang-migrate' | 'dbmate' | 'diesel' | 'supabase' | 'drizzle' | 'plain' | 'custom';

export interface MigrationFile {
  /** Path relative to the check's directory, with forward slashes. */
  path: string;
  layout: Layout;
  /** Sort key within the set, the way that tool orders its files. */
  order: (string | number)[];
  /** The set the file belongs to: migrations one tool applies, in order, to one database (a folder, a config). */
  set: string;
}

interface LayoutRule {
  layout: Layout;
  glob: string;
  /** Extra test on the file. */
  accepts?: (file: string, root: string) => boolean;
  order: (file: string) => (string | number)[];
  /** The set's folder: the migrations folder, not the per-migration folder. */
  set: (file: string) => string;
}

const base = (f: string) => path.posix.basename(f);
const dir = (f: string) => path.posix.dirname(f);
const versionParts = (v: string) => v.split(/[._]/).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
const numericPrefix = (f: string) => {
  const m = /^(\d+)/.exec(base(f));
  return m ? [Number(m[1]), base(f)] : [Infinity, base(f)];
};
const flywayOrder = (f: string) =>
  base(f).startsWith('R__') ? [1, base(f)] : [0, ...versionParts(/^V([^_]+(?:_[^_]+)*?)__/.exec(base(f))?.[1] ?? '')];

export const DBMATE_UP = /^--\s*migrate:up\b/;
export const DBMATE_DOWN = /^--\s*migrate:down\b/;

/** Most specific first: a file belongs to the first layout that matches it. */
export const LAYOUTS: LayoutRule[] = [
  {
    layout: 'prisma',
    glob: '**/prisma/migrations/*/migration.sql',
    order: (f) => [base(dir(f))],
    set: (f) => dir(dir(f)),
  },
  {
    layout: 'diesel',
    glob: '**/migrations/*/up.sql',
    // Diesel keeps up.sql and down.sql side by side in one folder per migration.
    accepts: (f, root) => existsSync(path.join(root, dir(f), 'down.sql')),
    order: (f) => [base(dir(f))],
    set: (f) => dir(dir(f)),
  },
  { layout: 'supabase', glob: '**/supabase/migrations/*.sql', order: (f) => [base(f)], set: dir },
  { layout: 'drizzle', glob: '**/drizzle/*.sql', order: numericPrefix, set: dir },
  { layout: 'flyway', glob: '**/V*__*.sql', order: flywayOrder, set: dir },
  { layout: 'flyway', glob: '**/R__*.sql', order: flywayOrder, set: dir },
  { layout: 'golang-migrate', glob: '**/*.up.sql', order: numericPrefix, set: dir },
  {
    // dbmate files are plain .sql files too: they become dbmate once their `-- migrate:up` comment is seen.
    layout: 'plain',
    glob: '**/{db/migrations,migrations}/*.sql',
    accepts: (f) => !f.endsWith('.down.sql'),
    order: (f) => [base(f).replace(/\d+/g, (d) => d.padStart(12, '0'))],
    set: dir,
  },
];

const MATCHERS = LAYOUTS.map((l) => picomatch(l.glob, { dot: false }));

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

/**
 * Flyway's own configuration: `flyway.locations=filesystem:sql,filesystem:more` (flyway.conf) or
 * `locations = ["filesystem:sql"]` (flyway.toml). Every location of one configuration is one set: Flyway merges them
 * and orders them by version. Returns folder → the configuration file that names it.
 */
function flywayLocations(root: string, files: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const conf of files.filter((f) => /(^|\/)flyway\.(conf|toml)$/.test(f))) {
    let locations: string[] = [];
    try {
      const text = readFileSync(path.join(root, conf), 'utf8');
      if (conf.endsWith('.conf')) {
        const line = text.split('\n').find((l) => /^\s*flyway\.locations\s*=/.test(l));
        if (line) locations = line.slice(line.indexOf('=') + 1).split(',');
      } else {
        const toml = parseToml(text) as Record<string, any>;
        const tables = [toml.flyway, ...Object.values(toml.environments ?? {})];
        for (const t of tables) if (Array.isArray(t?.locations)) locations.push(...t.locations.map(String));
      }
    } catch {
      continue;
    }
    for (const raw of locations) {
      const loc = raw.trim();
      if (!loc || loc.startsWith('classpath:')) continue;
      const folder = path.posix.normalize(path.posix.join(dir(conf), loc.replace(/^filesystem:/, '')));
      out.set(folder.replace(/\/$/, ''), conf);
    }
  }
  return out;
}

/** Finds migrations by the given globs, or by the known layouts, ordered as each tool orders them. */
export function discoverMigrations(root: string, globs: string[], files = listFiles(root)): MigrationFile[] {
  const wanted = globs.length > 0 ? picomatch(globs, { dot: true }) : undefined;
  const flyway = flywayLocations(root, files);
  const chosen: MigrationFile[] = [];
  for (const file of files) {
    if (wanted && !wanted(file)) continue;
    const i = LAYOUTS.findIndex((l, k) => MATCHERS[k](file) && (!l.accepts || l.accepts(file, root)));
    const rule = LAYOUTS[i];
    if (rule) {
      let set = rule.set(file);
      if (rule.layout === 'flyway') {
        const location = [...flyway.keys()].find((loc) => file.startsWith(`${loc}/`));
        if (location) set = flyway.get(location)!;
      }
      chosen.push({ path: file, layout: rule.layout, order: rule.order(file), set });
    } else if (wanted) chosen.push({ path: file, layout: 'custom', order: [file], set: globs.join(', ') });
  }
  applyDrizzleJournal(root, chosen);
  return chosen.sort((a, b) => a.set.localeCompare(b.set) || compareKeys(a.order, b.order));
}

/**
 * Folders that look like they hold migrations (a name with "migrat", holding .sql files) that no known layout
 * matched: the user must say where the migrations are rather than get a pass for checking nothing.
 */
export function undetectedMigrationFolders(found: MigrationFile[], files: string[]): string[] {
  const known = new Set(found.map((f) => dir(f.path)));
  const folders = new Set<string>();
  for (const file of files) {
    if (!file.endsWith('.sql') || known.has(dir(file))) continue;
    // Files a known tool keeps beside its migrations but never runs forward: down and undo scripts.
    if (file.endsWith('.down.sql') || base(file) === 'down.sql' || /^U\d/.test(base(file))) continue;
    if (/migrat/i.test(dir(file))) folders.add(dir(file));
  }
  return [...folders].sort();
}

/** A plain .sql file with a `-- migrate:up` comment is dbmate's. */
export function refineLayout(file: MigrationFile, comments: SqlComment[]): void {
  if (file.layout === 'plain' && comments.some((c) => DBMATE_UP.test(c.text))) file.layout = 'dbmate';
}

/** Drizzle runs what meta/_journal.json lists, in its `idx` order; a file it does not list is not run. */
function applyDrizzleJournal(root: string, files: MigrationFile[]): void {
  const journals = new Map<string, Map<string, number> | null>();
  for (const f of files.filter((x) => x.layout === 'drizzle')) {
    const folder = dir(f.path);
    if (!journals.has(folder)) {
      try {
        const journal = JSON.parse(readFileSync(path.join(root, folder, 'meta', '_journal.json'), 'utf8')) as {
          entries?: { idx: number; tag: string }[];
        };
        journals.set(folder, new Map((journal.entries ?? []).map((e) => [e.tag, e.idx])));
      } catch {
        journals.set(folder, null);
      }
    }
    const idx = journals.get(folder)?.get(path.posix.basename(f.path, '.sql'));
    if (idx !== undefined) f.order = [idx];
    else if (journals.get(folder)) f.order = [Number.MAX_SAFE_INTEGER, path.posix.basename(f.path)];
  }
}

/** Whether the tool behind the layout runs this file inside a transaction. */
export function runsInTransaction(
  file: MigrationFile,
  root: string,
  comments: SqlComment[],
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
    case 'diesel': {
      const meta = path.join(root, dir(file.path), 'metadata.toml');
      try {
        if (existsSync(meta) && (parseToml(readFileSync(meta, 'utf8')) as any).run_in_transaction === false)
          return { wrapped: false, why: 'its metadata.toml sets run_in_transaction = false' };
      } catch {
        // An unreadable metadata.toml: Diesel's default applies.
      }
      return {
        wrapped: true,
        why: 'Diesel runs each migration in a transaction unless metadata.toml sets run_in_transaction = false',
      };
    }
    case 'golang-migrate':
      return statementCount > 1
        ? {
            wrapped: true,
            why: 'golang-migrate sends the file as one multi-statement query, which Postgres runs as one implicit transaction',
          }
        : { wrapped: false, why: 'a single statement' };
    case 'dbmate':
      return comments.some((c) => DBMATE_UP.test(c.text) && /\btransaction:false\b/.test(c.text))
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
