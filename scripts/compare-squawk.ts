// npm run compare:squawk — runs launchgate's migration rules and squawk over the comparison corpus
// (__tests__/corpus/migrations: one case per rule shape, each with its verdict justified in its header comment) and
// prints, per case, where the verdicts differ and why, what a real Postgres did there (measured by
// scripts/corpus-evidence.ts into migrations.postgres.json), and at the end: the number of cases, how many agree,
// the documented differences by reason, the unexplained ones (must be 0) and each rule's coverage.
//
// A difference is explained by a line in the case's header, `-- squawk <rule>: <reason>` (the rule only one side
// reports, by that tool's name: a choice made for that shape), or by a reason below that holds for every case (a
// rule one side lacks on purpose). A case without a `-- Verdict:` line counts as unexplained, and so does a
// statement that Postgres ran under a write-blocking lock while scanning or rewriting an existing table when
// launchgate reports no error on it (unless the case says `-- measured-ok: <why>`, a staging table say), and a
// general "no lock_timeout needed" reason that the measured locks contradict.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lintSql } from '../src/checks/migration-check/lint-file.js';
import { parseSql } from '../src/checks/migration-check/parse.js';
import { RULES } from '../src/checks/migration-check/rules.js';
import { CATALOG } from '../src/checks/migration-check/rules/index.js';
import { peerBin } from './peer-tools.js';

const DIR = '__tests__/corpus/migrations';
const expected: Record<string, string[]> = JSON.parse(
  readFileSync('__tests__/corpus/migrations.expected.json', 'utf8'),
);
const EVIDENCE = '__tests__/corpus/migrations.postgres.json';

/** squawk 2.66.0's rules (docs/docs/<rule>.md of sbdchd/squawk), with why a case may not show one. */
const SQUAWK_RULES: Record<string, string | undefined> = {
  'adding-field-with-default': undefined,
  'adding-foreign-key-constraint': undefined,
  'adding-not-nullable-field': undefined,
  'adding-required-field': undefined,
  'adding-serial-primary-key-field': undefined,
  'ban-alter-domain-with-add-constraint': undefined,
  'ban-char-field': undefined,
  'ban-concurrent-index-creation-in-transaction': undefined,
  'ban-create-domain-with-constraint': undefined,
  'ban-drop-column': undefined,
  'ban-drop-database': undefined,
  'ban-drop-not-null': undefined,
  'ban-drop-table': undefined,
  'ban-truncate-cascade': undefined,
  'ban-uncommitted-transaction': undefined,
  'changing-column-type': undefined,
  'constraint-missing-not-valid': undefined,
  'disallowed-unique-constraint': undefined,
  'identifier-too-long': undefined,
  'prefer-bigint-over-int': undefined,
  'prefer-bigint-over-smallint': undefined,
  'prefer-identity': undefined,
  'prefer-robust-stmts': undefined,
  'prefer-text-field': undefined,
  'prefer-timestamp-tz': undefined,
  'renaming-column': undefined,
  'renaming-table': undefined,
  'require-concurrent-index-creation': undefined,
  'require-concurrent-index-deletion': undefined,
  'require-concurrent-partition-detach': undefined,
  'require-concurrent-reindex': undefined,
  'require-enum-value-ordering': undefined,
  'require-lock-timeout': undefined,
  'require-statement-timeout': undefined,
  'transaction-nesting': undefined,
  'require-table-schema': 'opt-in in squawk (--include), not run here.',
  'ban-duplicate-column-assignments':
    'a duplicate column is an error Postgres reports at once; launchgate reports it as apply-failed.',
  'prefer-repack': 'REPACK exists from Postgres 19; launchgate reports VACUUM FULL and CLUSTER as their own rules.',
};

/** squawk rules launchgate does not have, on purpose: the reason holds for every case. */
const SQUAWK_ONLY: Record<string, string> = {
  'require-lock-timeout':
    'launchgate asks for lock_timeout only before a lock that blocks writes (ACCESS EXCLUSIVE, EXCLUSIVE, SHARE ROW EXCLUSIVE) on a table or view that existed before the migration; the case has none before its SET (new objects, CONCURRENTLY, catalog-only changes), and the measurement on Postgres confirms it.',
  'prefer-robust-stmts':
    'launchgate does not require IF NOT EXISTS: migration tools record what ran, and a half-applied transactional migration rolls back.',
  'require-statement-timeout':
    'launchgate asks for lock_timeout only; a statement_timeout would abort long but harmless backfills.',
  'ban-char-field': 'not flagged: char(n) pads but does not lock or break anything.',
  'ban-drop-not-null':
    'dropping NOT NULL only relaxes a constraint: a brief catalog change under lock_timeout; the running app keeps writing what it wrote.',
};

/** squawk names for the same finding a launchgate rule reports under another name. */
const SAME_FINDING: Record<string, string[]> = {
  'adding-foreign-key-constraint': ['constraint-not-valid', 'validate-under-lock'],
  'constraint-missing-not-valid': ['validate-under-lock'],
  'adding-serial-primary-key-field': ['unique-without-index'],
  'ban-concurrent-index-creation-in-transaction': ['concurrently-in-transaction'],
  'prefer-bigint-over-smallint': ['prefer-bigint'],
};

/** launchgate rules squawk has no counterpart for, with the reason launchgate flags them. */
const LAUNCHGATE_ONLY: Record<string, string> = {
  truncate:
    'TRUNCATE takes ACCESS EXCLUSIVE and empties the table (a new relfilenode, measured): squawk has no rule for it.',
  'vacuum-full':
    'VACUUM FULL rewrites the table under ACCESS EXCLUSIVE (measured): squawk has no rule for it (prefer-repack needs Postgres 19).',
  cluster:
    'CLUSTER rewrites the table under ACCESS EXCLUSIVE (measured): squawk has no rule for it (prefer-repack needs Postgres 19).',
  'lock-table': 'an explicit lock held to the end of the transaction: squawk has no rule for it.',
  'validate-under-lock':
    'VALIDATE in the same transaction as ADD … NOT VALID scans under the lock ADD took (held until COMMIT, measured in pg_locks): squawk does not track locks across statements.',
  'refresh-without-concurrently':
    'REFRESH MATERIALIZED VIEW without CONCURRENTLY rebuilds it under ACCESS EXCLUSIVE (new relfilenode, measured): readers wait for the whole refresh; squawk has no rule for it.',
  'unchecked-do-block':
    'a DO block whose SQL is built at run time (EXECUTE) or in another language cannot be read: launchgate says so (fail closed); squawk does not read DO blocks.',
  'table-rewrite':
    'SET LOGGED/UNLOGGED copy the table into a new file under ACCESS EXCLUSIVE (new relfilenode, measured): squawk has no rule for it.',
};

const BLOCKING = ['AccessExclusiveLock', 'ExclusiveLock', 'ShareRowExclusiveLock'];
/** Locks that block writes while a statement scans or rewrites (EXCLUSIVE only comes from REFRESH … CONCURRENTLY of
 * a materialized view, which the app never writes, or LOCK TABLE, its own rule). */
const OUTAGE_LOCKS = ['AccessExclusiveLock', 'ShareRowExclusiveLock', 'ShareLock'];

interface Measured {
  line: number;
  sql: string;
  locks?: string[];
  seqScans: Record<string, number>;
  rewritten: string[];
  alone?: boolean;
  inTransaction?: boolean;
  error?: string;
}
const evidence: { postgres: string; cases: Record<string, Measured[]> } | undefined = existsSync(EVIDENCE)
  ? JSON.parse(readFileSync(EVIDENCE, 'utf8'))
  : undefined;

/** One line per statement that locked, scanned or rewrote something that existed before the case. */
function describe(measured: Measured[] | undefined): string[] {
  if (!measured) return ['postgres: not measured (run scripts/corpus-evidence.ts)'];
  return measured
    .filter((m) => m.error || m.alone || m.locks?.length || Object.keys(m.seqScans).length || m.rewritten.length)
    .map((m) => {
      const tableLocks = (m.locks ?? []).filter(
        (l) => !l.startsWith('index ') && !/AccessShareLock|RowShareLock/.test(l),
      );
      const parts = [
        m.alone ? 'ran outside a transaction' : tableLocks.length ? tableLocks.join(', ') : 'no write-blocking lock',
        Object.keys(m.seqScans).length
          ? `seq scans ${Object.entries(m.seqScans)
              .map(([t, n]) => `${t}×${n}`)
              .join(' ')}`
          : 'no scan',
        m.rewritten.some((r) => !r.startsWith('index '))
          ? `rewrote ${m.rewritten.filter((r) => !r.startsWith('index ')).join(', ')}`
          : '',
        m.error ? `ERROR ${m.error}` : '',
      ];
      return `postgres line ${m.line}: ${parts.filter(Boolean).join('; ')}`;
    });
}

/** The measurement contradicts the general lock-timeout reason: a blocking lock on an existing table before SET. */
function blockingLockBeforeTimeout(measured: Measured[] | undefined): string | undefined {
  for (const m of measured ?? []) {
    if (/^SET lock_timeout/i.test(m.sql)) return undefined;
    const lock = (m.locks ?? []).find((l) => !l.startsWith('index ') && BLOCKING.includes(l.split(': ')[1]));
    if (lock && !m.inTransaction) return `line ${m.line}: ${lock}`;
  }
  return undefined;
}

/** A statement's text as the measurement records it: matched by text, so comment edits above it do not matter. */
const statementKey = (text: string) => text.replace(/\s+/g, ' ').slice(0, 100);

/** Statements that blocked writes while scanning or rewriting an existing table, but got no error from launchgate. */
function missedOutages(measured: Measured[] | undefined, flagged: Set<string>): string[] {
  const missed: string[] = [];
  for (const m of measured ?? []) {
    if (flagged.has(m.sql)) continue;
    const touched = new Set([...Object.keys(m.seqScans), ...m.rewritten.filter((r) => !r.startsWith('index '))]);
    const lock = (m.locks ?? []).find((l) => {
      const [table, mode] = l.split(': ');
      return touched.has(table) && OUTAGE_LOCKS.includes(mode);
    });
    if (lock) missed.push(`line ${m.line} held ${lock} while scanning or rewriting it`);
  }
  return missed;
}

const squawk = peerBin('squawk-cli', '2.66.0', 'squawk');
console.log(execFileSync(squawk, ['--version'], { encoding: 'utf8' }).trim());
console.log(evidence ? `measured on PostgreSQL ${evidence.postgres}` : 'not measured on Postgres');

const files = Object.keys(expected);
const onDisk = readdirSync(DIR).filter((f) => f.endsWith('.sql'));
const problems: string[] = [
  ...onDisk.filter((f) => !(f in expected)).map((f) => `${f}: not in migrations.expected.json`),
  ...files.filter((f) => !onDisk.includes(f)).map((f) => `${f}: listed but missing`),
];

// One squawk process for the whole corpus; it exits 1 when it finds something, its JSON is on stdout either way.
let squawkOut: string;
try {
  squawkOut = execFileSync(squawk, ['--reporter', 'json', ...files], {
    cwd: DIR,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
} catch (err: any) {
  squawkOut = err.stdout;
}
const squawkHits = new Map<string, Set<string>>();
for (const v of JSON.parse(squawkOut || '[]') as { file: string; rule_name: string }[])
  squawkHits.set(v.file, (squawkHits.get(v.file) ?? new Set()).add(v.rule_name));

let agree = 0;
/** Cases whose only differences are rules one side lacks on purpose (statement_timeout, IF NOT EXISTS, …). */
let agreeOnShape = 0;
let unexplained = 0;
const byReason = new Map<string, { count: number; reason: string; cases: string[] }>();
const coverage = new Map<string, number>();
const squawkCoverage = new Map<string, number>();
const note = (key: string, reason: string, file: string) => {
  const entry = byReason.get(key) ?? { count: 0, reason, cases: [] };
  entry.count++;
  entry.cases.push(file);
  byReason.set(key, entry);
};

for (const file of files) {
  const sql = readFileSync(path.join(DIR, file), 'utf8');
  const { hits } = await lintSql(sql);
  const ours = [...new Set(hits.map((h) => h.rule))];
  const theirs = [...(squawkHits.get(file) ?? [])];
  for (const r of ours) coverage.set(r, (coverage.get(r) ?? 0) + 1);
  for (const r of theirs) squawkCoverage.set(r, (squawkCoverage.get(r) ?? 0) + 1);
  const local = new Map(
    [...sql.matchAll(/^--\s*squawk\s+([a-z-]+):\s*(.+)$/gm)].map((m) => [m[1], m[2].trim()] as [string, string]),
  );
  const notes: string[] = [];
  const fail = (msg: string) => {
    notes.push(`${msg} — UNEXPLAINED`);
    unexplained++;
  };
  if (!/^--\s*Verdict:/m.test(sql)) fail('no "-- Verdict:" comment justifying the case');
  const measured = evidence?.cases[file];
  // A hit inside a DO block is on a line of the DO statement, which is what Postgres ran and was measured.
  const topLevel = (await parseSql(sql)).statements;
  const flagged = new Set(
    hits
      .filter((h) => RULES[h.rule].severity === 'error')
      .map((h) => topLevel.find((t) => t.line <= h.statement.line && h.statement.line <= t.endLine) ?? h.statement)
      .map((t) => statementKey(t.text)),
  );
  // `-- measured-ok: <reason>`: the scan under a blocking lock is of a table the app does not use (a staging table).
  const measuredOk = /^--\s*measured-ok:\s*(.+)$/m.exec(sql)?.[1];
  for (const miss of missedOutages(measured, flagged))
    if (measuredOk) notes.push(`measured ${miss} — ${measuredOk}`);
    else fail(`measured outage with no error: ${miss}`);

  let differs = false;
  let shapeChoice = false;
  const oursAsSquawk = new Set(ours.map((r) => RULES[r].squawk).filter(Boolean));
  for (const r of ours) {
    const squawkName = RULES[r].squawk;
    const same = Object.entries(SAME_FINDING).some(([s, ls]) => ls.includes(r) && theirs.includes(s));
    if ((squawkName && theirs.includes(squawkName)) || same) continue;
    differs = true;
    const reason = local.get(r) ?? (squawkName ? undefined : LAUNCHGATE_ONLY[r]);
    if (reason) {
      if (local.has(r)) shapeChoice = true;
      notes.push(`only launchgate: ${r} — ${reason}`);
      note(
        `only launchgate: ${r}${local.has(r) ? ' (this shape)' : ''}`,
        local.has(r) ? 'reasons in the case files' : reason,
        file,
      );
    } else fail(`only launchgate: ${r}`);
  }
  for (const r of theirs) {
    if (oursAsSquawk.has(r) || (SAME_FINDING[r] ?? []).some((o) => ours.includes(o))) continue;
    differs = true;
    let reason = local.get(r);
    if (!reason && SQUAWK_ONLY[r]) {
      const contradiction = r === 'require-lock-timeout' ? blockingLockBeforeTimeout(measured) : undefined;
      if (contradiction) {
        fail(`only squawk: ${r}: measured ${contradiction} before any lock_timeout`);
        continue;
      }
      reason = SQUAWK_ONLY[r];
    }
    if (reason) {
      if (local.has(r)) shapeChoice = true;
      notes.push(`only squawk: ${r} — ${reason}`);
      note(
        `only squawk: ${r}${local.has(r) ? ' (this shape)' : ''}`,
        local.has(r) ? 'reasons in the case files' : reason,
        file,
      );
    } else fail(`only squawk: ${r}`);
  }
  if (!differs) agree++;
  else if (!shapeChoice) agreeOnShape++;
  console.log(`\n${file}`);
  console.log(`  launchgate: ${ours.join(', ') || '—'}`);
  console.log(`  squawk:     ${theirs.join(', ') || '—'}`);
  for (const line of describe(measured)) console.log(`  ${line}`);
  for (const n of notes.length ? notes : ['same verdict']) console.log(`  ${n}`);
}

console.log('\n== Documented differences, by reason');
for (const [key, { count, reason, cases }] of [...byReason].sort((a, b) => b[1].count - a[1].count))
  console.log(
    `${String(count).padStart(4)}  ${key}: ${reason}${reason === 'reasons in the case files' ? ` (${cases.join(', ')})` : ''}`,
  );
console.log('\n== Coverage: corpus cases each rule flags');
for (const r of CATALOG) {
  const n = coverage.get(r.id) ?? 0;
  if (!n) problems.push(`launchgate rule ${r.id} is flagged by no case`);
  console.log(`${String(n).padStart(4)}  ${r.id}${r.squawk ? ` (squawk: ${r.squawk})` : ''}`);
}
for (const [r, why] of Object.entries(SQUAWK_RULES)) {
  const n = squawkCoverage.get(r) ?? 0;
  if (!n && !why) problems.push(`squawk rule ${r} is flagged by no case`);
  console.log(`${String(n).padStart(4)}  squawk ${r}${!n && why ? ` — ${why}` : ''}`);
}
for (const r of squawkCoverage.keys())
  if (!(r in SQUAWK_RULES)) problems.push(`squawk rule ${r} is not in SQUAWK_RULES`);
for (const p of problems) console.log(`PROBLEM: ${p}`);
const documented = [...byReason.values()].reduce((sum, e) => sum + e.count, 0);
console.log(
  `\n${files.length} cases: ${agree} agree with squawk exactly, ${agreeOnShape} more differ only by a rule one side ` +
    `lacks on purpose (same for every case), ${files.length - agree - agreeOnShape} by a choice for that shape; ` +
    `${documented} documented difference(s), ${unexplained} unexplained.`,
);
process.exitCode = unexplained || problems.length ? 1 : 0;
