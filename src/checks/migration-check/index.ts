import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineCheck, type CheckContext } from '../../core/check.js';
import { UserError, errorMessage } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { bool, choice, closest, integer, list, text } from '../../core/inputs.js';
import { table } from '../../core/markdown.js';
import { applySet, embeddedEngine, serverEngine, type ApplySet, type SetOutcome, type SqlEngine } from './apply.js';
import { CodeIndex } from './backcompat.js';
import {
  DBMATE_DOWN,
  DBMATE_UP,
  LAYOUTS,
  discoverMigrations,
  listFiles,
  refineLayout,
  runsInTransaction,
  undetectedMigrationFolders,
  type MigrationFile,
} from './discover.js';
import { startEngine, type MigrationEngine } from './engine.js';
import type { ParsedSql, Statement } from './parse.js';
import {
  RULES,
  checkStatement,
  finishFile,
  newFileState,
  newSetState,
  type Hit,
  type RuleSeverity,
  type SetState,
} from './rules.js';
import { starter } from './starter.js';
import { migrationRulesTable } from './rule-table.js';
import { groupBy } from '../../core/group-by.js';

const IGNORE = /^--\s*launchgate:ignore\s+([\w-]+)\s*(.*)$/;

export const migrationCheck = defineCheck({
  name: 'migration-check',
  section: 'migrations',
  impact: {
    default: 'data',
    reach: 'everyone',
    fix: 'Follow the rule in the migration report: split the change into backward-compatible steps.',
    byRule: {
      ...Object.fromEntries(Object.entries(RULES).map(([id, rule]) => [id, { class: 'data' as const, fix: rule.fix }])),
      'no-migrations': 'hygiene',
    },
  },
  starter,
  readmeTables: { 'rules:migration-check': migrationRulesTable },
  title: 'launchgate migration check',
  description: 'Lints Postgres migrations for locks and backward-incompatible changes and proves they apply.',
  branding: { icon: 'database', color: 'blue' },
  inputs: {
    migrations: list(
      'Migration globs, one per line; empty detects Prisma, Flyway, golang-migrate, dbmate, Diesel, Supabase, Drizzle and plain layouts.',
    ),
    'changed-only': bool(
      'Lint only migrations added or changed against the base branch (default: true on pull_request).',
      '',
    ),
    base: text('Base ref for changed-only (default: the pull request base).'),
    rules: list('Rule severities, one per line: `rule-id: error|warning|notice|off`.'),
    'postgres-version': integer('Postgres major version the migrations run on.', '17', 9, 30),
    apply: choice('Apply check: embedded (PGlite), database-url (a real server), or none.', 'embedded', [
      'embedded',
      'database-url',
      'none',
    ] as const),
    'database-url': { ...text('Postgres URL used only when apply is database-url.'), secret: true },
    'statement-timeout': integer(
      'Seconds one statement may run in the apply check before it is stopped and reported (statement-timeout).',
      '60',
      1,
      3600,
    ),
    'app-paths': list(
      'Application code searched for names a migration drops or renames (default: the repository minus the migrations).',
    ),
  },
  outputs: {
    findings: { description: 'Number of findings.' },
  },
  async run(inputs, ctx) {
    const severities = parseRuleSeverities(inputs.rules);
    if (inputs.apply === 'database-url' && !inputs['database-url'])
      throw new UserError(`Input 'database-url' is required when apply is database-url.`);
    const files = listFiles(ctx.cwd);
    const all = discoverMigrations(ctx.cwd, inputs.migrations, files);
    if (all.length === 0) return nothingFound(ctx, inputs.migrations, files);
    const changedOnly = inputs['changed-only'] ?? ctx.event.name.startsWith('pull_request');
    const changes = changedOnly ? await changedFiles(ctx, inputs.base) : undefined;
    const engine = await startEngine();
    try {
      // Each file is linted as soon as the engine has parsed it, while the engine parses the next batch.
      const lint = await lintAll(readAndParse(ctx.cwd, all, engine), {
        changes,
        severities,
        pgVersion: inputs['postgres-version'],
        codeIndex: new CodeIndex(ctx.cwd, inputs['app-paths'], new Set(all.map((f) => f.path)), files),
      });
      const { findings, sources } = lint;
      for (const folder of inputs.migrations.length ? [] : undetectedMigrationFolders(all, files))
        findings.push(undetectedFinding(folder, severities));
      let outcomes: SetOutcome[] = [];
      let engineName = 'none';
      if (inputs.apply !== 'none') {
        const sql =
          inputs.apply === 'embedded'
            ? embeddedEngine(engine, inputs['statement-timeout'])
            : await serverEngine(inputs['database-url'], inputs['statement-timeout']);
        engineName = sql.name;
        outcomes = await applyAll(sql, sources);
        findings.push(...applyFindings(outcomes, sources, severities, engineName, inputs.apply === 'embedded'));
      }
      const filtered = findings.filter((f) => f.severity !== ('off' as string));
      return {
        findings: filtered,
        metrics: {
          files: all.length,
          linted: lint.linted,
          sets: new Set(all.map((f) => f.set)).size,
          applied: sum(outcomes, (o) => o.applied),
          skipped: sum(outcomes, (o) => o.skipped.length),
          notChecked: sum(outcomes, (o) => o.notChecked.length + o.notReached),
          ignored: lint.ignored.length,
          engine: engineName,
        },
        sections: sections(lint.rows, filtered, lint.ignored, outcomes, engineName, inputs.apply),
        outputs: { findings: String(filtered.length) },
      };
    } finally {
      await engine.shutdown();
    }
  },
});

const sum = <T>(items: T[], f: (t: T) => number) => items.reduce((n, t) => n + f(t), 0);

function nothingFound(ctx: CheckContext, globs: string[], files: string[]) {
  if (globs.length)
    throw new UserError(
      `Input 'migrations' got ${globs.map((g) => JSON.stringify(g)).join(', ')}, which match no file under ${ctx.cwd}. Give globs relative to the working directory, such as db/migrations/*.sql.`,
    );
  const severities = new Map<string, RuleSeverity>();
  const folders = undetectedMigrationFolders([], files);
  const findings: Finding[] = folders.length
    ? folders.map((folder) => undetectedFinding(folder, severities))
    : [
        {
          ruleId: 'no-migrations',
          severity: 'warning',
          title: 'No migrations found',
          message: `Nothing matched the layouts ${[...new Set(LAYOUTS.map((l) => `${l.layout} (${l.glob})`))].join(', ')} under ${ctx.cwd}. Set input 'migrations' to your migration globs.`,
        },
      ];
  return { findings, metrics: { files: 0 }, outputs: { findings: String(findings.length) } };
}

function undetectedFinding(folder: string, severities: Map<string, RuleSeverity>): Finding {
  const info = RULES['undetected-migrations'];
  return {
    ruleId: 'undetected-migrations',
    severity: (severities.get('undetected-migrations') ?? info.severity) as Finding['severity'],
    title: info.why,
    message: `${folder} holds .sql files that no known migration layout matches, so none of them was checked. Set input 'migrations' to their glob, for example ${folder}/*.sql.`,
  };
}

interface Source {
  file: MigrationFile;
  parsed: ParsedSql;
  /** The statements the tool runs (dbmate: the up section only). */
  statements: Statement[];
  tx: { wrapped: boolean; why: string };
  /** Why the file cannot be parsed or applied, with the rule that reports it. */
  problem?: { rule: 'syntax-error' | 'not-utf8' | 'unrendered-template'; line: number; message: string };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads every file (strict UTF-8) and parses them all in the engine process; each source comes when it is parsed. */
function readAndParse(root: string, files: MigrationFile[], engine: MigrationEngine): Promise<Source>[] {
  const texts = files.map((file) => {
    const bytes = readFileSync(path.join(root, file.path));
    try {
      return { text: UTF8.decode(bytes) };
    } catch {
      const bad = firstInvalidUtf8(bytes);
      const line = bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
      return { text: '', notUtf8: { line, offset: bad } };
    }
  });
  const parsed = texts.map((t) =>
    t.notUtf8 ? Promise.resolve<ParsedSql>({ statements: [], comments: [] }) : engine.parse(t.text),
  );
  const sources = files.map((file, i) => parsed[i].then((p) => toSource(root, file, p, texts[i])));
  // lintAll awaits them in order: a later one failing meanwhile is not an unhandled rejection.
  for (const source of sources) source.catch(() => undefined);
  return sources;
}

function toSource(
  root: string,
  file: MigrationFile,
  p: ParsedSql,
  read: { text: string; notUtf8?: { line: number; offset: number } },
): Source {
  refineLayout(file, p.comments);
  const statements = upSection(file, p);
  const source: Source = {
    file,
    parsed: p,
    statements,
    tx: runsInTransaction(file, root, p.comments, statements.length),
  };
  const notUtf8 = read.notUtf8;
  if (notUtf8)
    source.problem = {
      rule: 'not-utf8',
      line: notUtf8.line,
      message: `${file.path} is not valid UTF-8 (byte ${notUtf8.offset}, line ${notUtf8.line}); Postgres reads migrations as UTF-8. Re-save the file as UTF-8.`,
    };
  else if (p.error && /\{\{[\s\S]*?\}\}/.test(read.text))
    source.problem = {
      rule: 'unrendered-template',
      line: p.error.line,
      message: `${file.path} holds template placeholders ({{ … }}) that the tool fills in before it runs the file, so it cannot be parsed or applied as it stands.`,
    };
  else if (p.error) source.problem = { rule: 'syntax-error', line: p.error.line, message: `${p.error.message}.` };
  return source;
}

function firstInvalidUtf8(bytes: Buffer): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, by bisection (TextDecoder has no error offset).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      UTF8.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      // A prefix may end inside a valid multi-byte character: try the next few bytes before calling it invalid.
      let ok = false;
      for (let extra = 1; extra <= 3 && mid + extra <= bytes.length && !ok; extra++) {
        try {
          UTF8.decode(bytes.subarray(0, mid + extra));
          ok = true;
        } catch {
          // still invalid
        }
      }
      if (ok) lo = mid;
      else hi = mid - 1;
    }
  }
  return lo;
}

interface LintOptions {
  changes: Map<string, 'A' | 'M'> | undefined;
  severities: Map<string, RuleSeverity>;
  pgVersion: number;
  codeIndex: CodeIndex;
}

async function lintAll(pending: Promise<Source>[], opts: LintOptions) {
  const sources: Source[] = [];
  const findings: Finding[] = [];
  const rows: (string | number)[][] = [];
  const ignored: (string | number)[][] = [];
  let linted = 0;
  const setStates = new Map<string, SetState>();
  for (const next of pending) {
    const source = await next;
    sources.push(source);
    const { file } = source;
    const lint = !opts.changes || opts.changes.has(file.path);
    if (!setStates.has(file.set)) setStates.set(file.set, newSetState());
    const setState = setStates.get(file.set)!;
    rows.push([
      file.path,
      file.layout,
      source.tx.wrapped ? 'yes' : 'no',
      source.statements.length,
      lint ? (opts.changes ? (opts.changes.get(file.path) === 'M' ? 'edited' : 'new') : 'linted') : 'unchanged',
    ]);
    if (!lint) {
      // Earlier migrations still count: a CHECK validated there lets a later SET NOT NULL skip its scan.
      const state = newFileState(opts.pgVersion, source.tx.wrapped, setState);
      if (!source.problem) for (const statement of source.statements) checkStatement(statement, state);
      continue;
    }
    linted++;
    if (source.problem) {
      findings.push(
        finding(
          source.problem.rule,
          opts.severities,
          file.path,
          source.problem.line,
          undefined,
          source.problem.message,
        ),
      );
      continue;
    }
    findings.push(...lintFile(source, opts, ignored, setState));
  }
  return { findings, rows, ignored, linted, sources };
}

function lintFile(source: Source, opts: LintOptions, ignored: (string | number)[][], setState: SetState): Finding[] {
  const { file, parsed, statements, tx } = source;
  const out: Finding[] = [];
  if (opts.changes?.get(file.path) === 'M')
    out.push(
      finding(
        'edited-applied-migration',
        opts.severities,
        file.path,
        1,
        undefined,
        `${file.path} is already on the base branch.`,
      ),
    );
  if (statements.length === 0)
    out.push(finding('empty-migration', opts.severities, file.path, 1, undefined, 'No SQL statements.'));
  const state = newFileState(opts.pgVersion, tx.wrapped, setState);
  const hits: Hit[] = statements.flatMap((statement) => checkStatement(statement, state));
  hits.push(...finishFile(state));
  for (const hit of hits) {
    const statement = hit.statement;
    const ignore = ignoreFor(parsed, statement, hit.rule);
    if (ignore) {
      ignored.push([`${file.path}:${statement.line}`, hit.rule, ignore]);
      continue;
    }
    let message = `${hit.detail}.`;
    if (hit.rule === 'concurrently-in-transaction' || hit.rule === 'transaction-nesting') message += ` (${tx.why}.)`;
    for (const name of hit.names ?? []) {
      const usage = opts.codeIndex.describe(name);
      if (usage) message += ` ${usage}`;
    }
    out.push(finding(hit.rule, opts.severities, file.path, statement.line, statement, message));
  }
  return out;
}

/** Each set is applied to its own fresh database, in the tool's order. */
async function applyAll(engine: SqlEngine, sources: Source[]): Promise<SetOutcome[]> {
  const sets = new Map<string, ApplySet>();
  for (const s of sources) {
    const set = sets.get(s.file.set) ?? { name: s.file.set, units: [] };
    set.units.push({
      file: s.file.path,
      wrapped: s.tx.wrapped,
      statements: s.problem ? [] : s.statements,
      parseError: s.problem ? { message: s.problem.message, line: s.problem.line } : undefined,
    });
    sets.set(s.file.set, set);
  }
  const outcomes: SetOutcome[] = [];
  try {
    for (const set of sets.values()) outcomes.push(await applySet(engine, set));
  } finally {
    await engine.close();
  }
  return outcomes;
}

function applyFindings(
  outcomes: SetOutcome[],
  sources: Source[],
  severities: Map<string, RuleSeverity>,
  engineName: string,
  embedded: boolean,
): Finding[] {
  const findings: Finding[] = [];
  const named = outcomes.length > 1;
  const statementOf = (file: string, line: number) =>
    sources.find((s) => s.file.path === file)?.statements.find((st) => st.line === line);
  for (const o of outcomes) {
    const where = named ? ` (set ${o.set})` : '';
    if (o.failure) {
      const f = o.failure;
      const rule = f.timedOut ? 'statement-timeout' : 'apply-failed';
      const more = o.notReached ? ` ${o.notReached} later statement(s) in this set were not applied.` : '';
      findings.push(
        finding(
          rule,
          severities,
          f.file,
          f.line,
          statementOf(f.file, f.line),
          `${engineName}${where}: ${f.message}.${more}`,
        ),
      );
    }
    // One finding per file whose statements could not be verified because something before them was skipped.
    const byFile = groupBy(o.notChecked, (n) => n.file);
    for (const [file, list] of byFile) {
      const first = list[0];
      const skipped = [...new Set(o.skipped.map((s) => `${s.file}:${s.line} (${s.reason})`))].slice(0, 3).join(', ');
      findings.push(
        finding(
          'apply-not-checked',
          severities,
          file,
          first.line,
          statementOf(file, first.line),
          `${engineName}${where}: ${list.length} statement(s) in this file failed after ${skipped} was skipped, so they may depend on it: ${first.message}.${embedded ? ' Set apply: database-url to a server with everything the migrations need for full coverage.' : ''}`,
        ),
      );
    }
  }
  return findings;
}

function sections(
  rows: (string | number)[][],
  findings: Finding[],
  ignored: (string | number)[][],
  outcomes: SetOutcome[],
  engineName: string,
  apply: string,
): { title: string; markdown: string }[] {
  const out = [
    { title: 'Migrations', markdown: table(['File', 'Layout', 'Transaction', 'Statements', 'Status'], rows) },
  ];
  if (findings.some((f) => f.file)) {
    out.push({
      title: 'What to change',
      markdown: table(
        ['File', 'Line', 'Rule', 'Severity', 'Statement', 'Safe alternative'],
        findings
          .filter((f) => f.file)
          .map((f) => [f.file!, f.line ?? '', f.ruleId, f.severity, excerpt(f), RULES[f.ruleId]?.fix ?? '']),
      ),
    });
  }
  if (ignored.length)
    out.push({ title: 'Ignored by comment', markdown: table(['Statement', 'Rule', 'Reason'], ignored) });
  if (apply === 'none') out.push({ title: 'Apply check', markdown: 'Skipped (apply: none).' });
  else if (outcomes.length) {
    const lines: string[] = [];
    for (const o of outcomes) {
      const prefix = outcomes.length > 1 ? `Set ${o.set} — ` : '';
      const unchecked = o.notChecked.length + o.notReached;
      const verdict = o.failure
        ? `, stopped at ${o.failure.file}:${o.failure.line}${o.failure.timedOut ? ' (statement timeout)' : ''}`
        : o.skipped.length || unchecked
          ? ''
          : ' — every migration applies';
      lines.push(
        `${prefix}${engineName}: ${o.applied} statement(s) applied${o.skipped.length ? `, ${o.skipped.length} skipped` : ''}${unchecked ? `, ${unchecked} not checked` : ''}${verdict}.`,
      );
    }
    const skipped = outcomes.flatMap((o) => o.skipped);
    if (skipped.length) {
      lines.push(
        '',
        table(
          ['Statement', 'Not run because'],
          skipped.map((s) => [`${s.file}:${s.line}`, s.reason]),
        ),
      );
      if (skipped.some((s) => s.reason.startsWith('the embedded engine')))
        lines.push(
          '',
          'For full coverage, set `apply: database-url` to a server that has what the embedded engine lacks.',
        );
    }
    out.push({ title: 'Apply check', markdown: lines.join('\n') });
  }
  return out;
}

const pending = new WeakMap<Finding, string>();

function excerpt(f: Finding): string {
  const text = pending.get(f) ?? '';
  const one = text.replace(/\s+/g, ' ');
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}

const NO_FIX_IN_MESSAGE = new Set([
  'syntax-error',
  'apply-failed',
  'apply-not-checked',
  'not-utf8',
  'unrendered-template',
  'statement-timeout',
]);

function finding(
  rule: string,
  severities: Map<string, RuleSeverity>,
  file: string,
  line: number,
  statement: Statement | undefined,
  detail: string,
): Finding {
  const info = RULES[rule];
  const severity = severities.get(rule) ?? info.severity;
  const f: Finding = {
    ruleId: rule,
    severity: severity as Finding['severity'],
    title: info.why,
    message: `${detail} ${NO_FIX_IN_MESSAGE.has(rule) ? '' : `Safe alternative: ${info.fix}`}`.trim(),
    file,
    line,
    endLine: statement?.endLine,
  };
  if (statement) pending.set(f, statement.text);
  return f;
}

/** dbmate files hold an up and a down section; only the up section runs on deploy. */
function upSection(file: MigrationFile, parsed: ParsedSql): Statement[] {
  if (file.layout !== 'dbmate') return parsed.statements;
  const up = parsed.comments.find((c) => DBMATE_UP.test(c.text));
  const down = parsed.comments.find((c) => DBMATE_DOWN.test(c.text));
  return parsed.statements.filter((s) => (!up || s.line > up.line) && (!down || s.line < down.line));
}

/** `-- launchgate:ignore <rule> <reason>` on the statement's first line or the line just above it. */
function ignoreFor(parsed: ParsedSql, statement: Statement, rule: string): string | undefined {
  for (const c of parsed.comments) {
    if (c.endLine !== statement.line - 1 && !(c.line >= statement.line && c.line <= statement.endLine)) continue;
    const m = IGNORE.exec(c.text.trim());
    if (m && m[1] === rule) return m[2].trim() || '(no reason given)';
  }
  return undefined;
}

export function parseRuleSeverities(lines: string[]): Map<string, RuleSeverity> {
  const out = new Map<string, RuleSeverity>();
  for (const line of lines) {
    const m = /^([\w-]+)\s*[:=]\s*(\w+)$/.exec(line);
    if (!m)
      throw new UserError(
        `Input 'rules' got ${JSON.stringify(line)}; accepted: one \`rule-id: error|warning|notice|off\` per line.`,
      );
    if (!RULES[m[1]]) {
      const hint = closest(m[1], Object.keys(RULES));
      throw new UserError(
        `Input 'rules' names an unknown rule '${m[1]}'${hint ? ` (did you mean '${hint}'?)` : ''}; rules: ${Object.keys(RULES).join(', ')}.`,
      );
    }
    if (!['error', 'warning', 'notice', 'off'].includes(m[2]))
      throw new UserError(`Input 'rules' got severity '${m[2]}' for ${m[1]}; accepted: error, warning, notice, off.`);
    out.set(m[1], m[2] as RuleSeverity);
  }
  return out;
}

/** Files added (A) or modified (M) since the merge base with the PR base, relative to the check's directory. */
async function changedFiles(ctx: CheckContext, baseInput: string): Promise<Map<string, 'A' | 'M'>> {
  const base = baseInput || ctx.event.payload.pull_request?.base?.sha || ctx.event.payload.pull_request?.base?.ref;
  if (!base) throw new UserError(`changed-only needs a base: set input 'base' (a ref or SHA), or run on pull_request.`);
  const exists = await ctx.exec('git', ['rev-parse', '--verify', '--quiet', `${base}^{commit}`], {
    ignoreReturnCode: true,
  });
  if (exists.exitCode !== 0) {
    throw new UserError(
      `The base '${base}' is not in this clone. Fetch it: set fetch-depth: 0 on actions/checkout (or run git fetch origin ${base}).`,
    );
  }
  let diff;
  try {
    diff = await ctx.exec('git', ['diff', '--name-status', '--relative', '--no-renames', `${base}...HEAD`]);
  } catch (err) {
    throw new Error(`git diff against ${base} failed: ${errorMessage(err)}`);
  }
  const out = new Map<string, 'A' | 'M'>();
  for (const line of diff.stdout.split('\n')) {
    const [status, file] = line.split('\t');
    if (file && (status === 'A' || status === 'M')) out.set(file, status);
  }
  return out;
}
