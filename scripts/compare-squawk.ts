// npm run compare:squawk — runs launchgate's migration rules and squawk over the test corpus and prints, per
// file, where the verdicts differ and why. Every difference is either mapped here with its reason or reported.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lintSql } from '../src/checks/migration-check/lint-file.js';
import { RULES } from '../src/checks/migration-check/rules.js';
import { peerBin } from './peer-tools.js';

const DIR = '__tests__/corpus/migrations';
const expected: Record<string, string[]> = JSON.parse(
  readFileSync('__tests__/corpus/migrations.expected.json', 'utf8'),
);

/** squawk rules launchgate does not have, on purpose. */
const SQUAWK_ONLY: Record<string, string> = {
  'prefer-robust-stmts':
    'launchgate does not require IF NOT EXISTS: migration tools record what ran, and a half-applied transactional migration rolls back.',
  'require-statement-timeout':
    'launchgate asks for lock_timeout only; a statement_timeout would abort long but harmless backfills.',
  'prefer-identity': 'folded into prefer-bigint, which names the identity alternative.',
  'ban-drop-database': 'not a migration concern in the layouts launchgate reads.',
  'adding-serial-primary-key-field': 'covered by unique-without-index and prefer-bigint.',
  'prefer-bigint-over-smallint': 'folded into prefer-bigint.',
  'ban-char-field': 'not flagged: char(n) is rare in new code.',
  'adding-foreign-key-constraint':
    'launchgate reports FOREIGN KEY without NOT VALID as constraint-not-valid (squawk reports both names).',
  'ban-truncate-cascade': 'launchgate flags every TRUNCATE (truncate), with or without CASCADE.',
};

/** Differences on one corpus file, with the reason. */
const IN_CONTEXT: Record<string, string> = {
  '01_index.sql:require-lock-timeout':
    'CREATE INDEX takes a SHARE lock, reported as require-concurrent-index; launchgate asks for lock_timeout before ACCESS EXCLUSIVE locks only.',
  '09_unique.sql:constraint-missing-not-valid':
    'Postgres cannot add a UNIQUE constraint NOT VALID; the safe path is USING INDEX, which unique-without-index says.',
  '16_new_table_safe.sql:require-concurrent-index-creation':
    'the table is created in the same migration, so it is empty and unused: launchgate exempts it.',
  '16_new_table_safe.sql:require-lock-timeout':
    'the table is created in the same migration: no other session can hold a lock on it.',
  '17_concurrently_in_tx.sql:require-lock-timeout':
    'CREATE INDEX CONCURRENTLY takes SHARE UPDATE EXCLUSIVE; launchgate asks for lock_timeout before ACCESS EXCLUSIVE locks only.',
  '20_reindex.sql:require-lock-timeout':
    'reported as reindex-without-concurrently; launchgate asks for lock_timeout before ACCESS EXCLUSIVE locks only.',
};

const squawk = peerBin('squawk-cli', '2.66.0', 'squawk');
console.log(execFileSync(squawk, ['--version'], { encoding: 'utf8' }).trim());
let unexplained = 0;
const rows: string[][] = [];
for (const file of Object.keys(expected)) {
  const sql = readFileSync(path.join(DIR, file), 'utf8');
  const ours = [...new Set((await lintSql(sql)).hits.map((h) => h.rule))];
  let theirs: string[] = [];
  try {
    execFileSync(squawk, ['--reporter', 'json', path.join(DIR, file)], { encoding: 'utf8' });
  } catch (err: any) {
    // squawk exits 1 when it finds something; its JSON is on stdout either way.
    theirs = [...new Set((JSON.parse(err.stdout || '[]') as { rule_name: string }[]).map((v) => v.rule_name))];
  }
  const oursAsSquawk = new Set(ours.map((r) => RULES[r].squawk ?? `(launchgate) ${r}`));
  const notes: string[] = [];
  for (const r of ours)
    if (!theirs.includes(RULES[r].squawk ?? ''))
      notes.push(`only launchgate: ${r}${RULES[r].squawk ? '' : ' (no squawk rule)'}`);
  for (const r of theirs) {
    if (oursAsSquawk.has(r)) continue;
    const reason = IN_CONTEXT[`${file}:${r}`] ?? SQUAWK_ONLY[r];
    if (reason) notes.push(`only squawk: ${r} — ${reason}`);
    else {
      notes.push(`only squawk: ${r} — UNEXPLAINED`);
      unexplained++;
    }
  }
  rows.push([file, ours.join(', ') || '—', theirs.join(', ') || '—', notes.join('; ') || 'same']);
}
for (const [file, ours, theirs, notes] of rows)
  console.log(`\n${file}\n  launchgate: ${ours}\n  squawk:     ${theirs}\n  ${notes}`);
console.log(`\n${rows.length} files compared; ${unexplained} unexplained difference(s).`);
process.exitCode = unexplained ? 1 : 0;
