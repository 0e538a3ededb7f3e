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
  'require-lock-timeout':
    'launchgate asks for lock_timeout only before a statement that takes a lock blocking writes (ACCESS EXCLUSIVE, EXCLUSIVE, SHARE ROW EXCLUSIVE) on a table or view that already exists; this file has none (new objects, CONCURRENTLY, catalog-only changes: lock modes checked in pg_locks on Postgres 15).',
  'prefer-robust-stmts':
    'launchgate does not require IF NOT EXISTS: migration tools record what ran, and a half-applied transactional migration rolls back.',
  'require-statement-timeout':
    'launchgate asks for lock_timeout only; a statement_timeout would abort long but harmless backfills.',
  'adding-serial-primary-key-field': 'covered by unique-without-index and prefer-bigint.',
  'prefer-bigint-over-smallint': 'folded into prefer-bigint.',
  'ban-char-field': 'not flagged: char(n) is rare in new code.',
  'adding-foreign-key-constraint':
    'launchgate reports FOREIGN KEY without NOT VALID as constraint-not-valid (squawk reports both names).',
};

/** squawk names for the same finding a launchgate rule reports under another name. */
const SAME_FINDING: Record<string, string> = {
  'adding-foreign-key-constraint': 'constraint-not-valid',
  'adding-serial-primary-key-field': 'unique-without-index',
};

/** launchgate rules squawk has no counterpart for (or does not flag there), with the reason launchgate does. */
const LAUNCHGATE_ONLY: Record<string, string> = {
  truncate: 'TRUNCATE takes ACCESS EXCLUSIVE and empties the table: squawk has no rule for it.',
  'vacuum-full': 'VACUUM FULL rewrites the table under ACCESS EXCLUSIVE: squawk has no rule for it.',
  cluster: 'CLUSTER rewrites the table under ACCESS EXCLUSIVE: squawk has no rule for it.',
  'lock-table': 'an explicit ACCESS EXCLUSIVE lock held to the end of the transaction: squawk has no rule for it.',
  'validate-under-lock':
    'VALIDATE in the same transaction as ADD … NOT VALID scans under the lock ADD took (held until COMMIT, seen in pg_locks on Postgres 15): squawk does not track locks across statements.',
  'volatile-default':
    'adding a serial, identity or stored generated column fills every existing row: the table is rewritten (relfilenode changed on Postgres 15); squawk only checks DEFAULT expressions.',
  'constraint-not-valid':
    'an inline REFERENCES on a new column WITH a default is validated by a full scan (1 sequential scan on Postgres 15); squawk names it adding-foreign-key-constraint only when there is no NOT VALID.',
};

/** Differences on one corpus file, with the reason. */
const IN_CONTEXT: Record<string, string> = {
  '46_alter_domain_not_valid.sql:ban-alter-domain-with-add-constraint':
    'NOT VALID: existing rows are not checked (Postgres docs, ALTER DOMAIN), so nothing is scanned; VALIDATE later takes a weaker lock.',
  '85_fk_validate_in_transaction.sql:constraint-missing-not-valid':
    'same finding, launchgate names it validate-under-lock: the key is NOT VALID, but VALIDATE runs before COMMIT, under the lock ADD took.',
  '86_quoted_public_names.sql:require-concurrent-index-creation':
    '"public"."Items" is the Items table created in the same migration (default schema, quoted name): it is empty and unused.',
  '97_drop_column_new_table.sql:ban-drop-column':
    'the table was created in the same migration: no running code uses it.',
  '56_rename_new_table.sql:renaming-table': 'the table was created in the same migration: no running code uses it.',
  '57_drop_new_table.sql:ban-drop-table': 'the table was created in the same migration: no running code uses it.',
  '69_primary_key_add.sql:constraint-missing-not-valid':
    'a PRIMARY KEY cannot be NOT VALID; the safe path is USING INDEX, which unique-without-index says.',
  '74_drop_not_null.sql:ban-drop-not-null':
    'dropping NOT NULL only relaxes a constraint: the running app keeps working, and the lock is a brief catalog change under lock_timeout.',
  '76_change_type_varchar.sql:prefer-text-field':
    'the statement is already an error as change-column-type, whose safe path (a new column) lets the author pick text.',
  '79_index_new_table.sql:require-concurrent-index-creation':
    'the table was created in the same migration: it is empty and unused, so the index blocks nobody.',
  '80_matview_new.sql:require-concurrent-index-creation':
    'the materialized view was created in the same migration: nobody reads it yet.',
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
  '23_create_table_as.sql:require-concurrent-index-creation':
    'CREATE TABLE … AS made the table in the same migration: it is empty and unused, so the index blocks nobody.',
  '23_create_table_as.sql:require-lock-timeout':
    'the table is created in the same migration: no other session can hold a lock on it.',
  '24_select_into.sql:require-concurrent-index-creation':
    'SELECT … INTO made the table in the same migration: it is empty and unused, so the index blocks nobody.',
  '24_select_into.sql:require-lock-timeout':
    'the table is created in the same migration: no other session can hold a lock on it.',
  '25_validate_same_transaction.sql:constraint-missing-not-valid':
    'same finding, launchgate names it validate-under-lock: the constraint is NOT VALID, but VALIDATE runs before COMMIT, under the lock ADD took.',
  '35_ident_too_long_index.sql:require-lock-timeout':
    'CREATE INDEX CONCURRENTLY takes SHARE UPDATE EXCLUSIVE, which blocks neither reads nor writes.',
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
  const theirsAsOurs = new Set(theirs.map((r) => SAME_FINDING[r]).filter(Boolean));
  const notes: string[] = [];
  for (const r of ours) {
    if (theirs.includes(RULES[r].squawk ?? '') || theirsAsOurs.has(r)) continue;
    const reason = IN_CONTEXT[`${file}:${r}`] ?? LAUNCHGATE_ONLY[r];
    if (reason) notes.push(`only launchgate: ${r} — ${reason}`);
    else {
      notes.push(`only launchgate: ${r} — UNEXPLAINED`);
      unexplained++;
    }
  }
  for (const r of theirs) {
    if (oursAsSquawk.has(r) || (SAME_FINDING[r] && ours.includes(SAME_FINDING[r]))) continue;
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
