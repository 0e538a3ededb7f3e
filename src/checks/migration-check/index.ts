import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineCheck, type CheckContext } from '../../core/check.js';
import { UserError, errorMessage } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { bool, choice, closest, integer, list, text } from '../../core/inputs.js';
import { table } from '../../core/markdown.js';
import {
  applyMigrations,
  embeddedEngine,
  requestedExtensions,
  serverEngine,
  type ApplyOutcome,
  type ApplyUnit,
} from './apply.js';
import { CodeIndex } from './backcompat.js';
import {
  DBMATE_DOWN,
  DBMATE_UP,
  LAYOUTS,
  discoverMigrations,
  runsInTransaction,
  type MigrationFile,
} from './discover.js';
import { loadParser, parseSql, type ParsedSql, type Statement } from './parse.js';
import { RULES, checkStatement, newFileState, type RuleSeverity } from './rules.js';
import { starter } from './starter.js';

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
  title: 'launchgate migration check',
  description: 'Lints Postgres migrations for locks and backward-incompatible changes and proves they apply.',
  branding: { icon: 'database', color: 'blue' },
  inputs: {
    migrations: list(
      'Migration globs, one per line; empty detects Prisma, Flyway, golang-migrate, dbmate, Supabase, Drizzle and plain layouts.',
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
    await loadParser();
    const all = discoverMigrations(ctx.cwd, inputs.migrations);
    const findings: Finding[] = [];
    if (all.length === 0) {
      const tried = inputs.migrations.length
        ? `globs ${inputs.migrations.join(', ')}`
        : `layouts ${[...new Set(LAYOUTS.map((l) => `${l.layout} (${l.glob})`))].join(', ')}`;
      findings.push({
        ruleId: 'no-migrations',
        severity: 'warning',
        title: 'No migrations found',
        message: `Nothing matched the ${tried} under ${ctx.cwd}. Set input 'migrations' to your migration globs.`,
      });
      return { findings, metrics: { files: 0 }, outputs: { findings: '1' } };
    }
    const changedOnly = inputs['changed-only'] ?? ctx.event.name.startsWith('pull_request');
    const changes = changedOnly ? await changedFiles(ctx, inputs.base) : undefined;
    const codeIndex = new CodeIndex(ctx.cwd, inputs['app-paths'], new Set(all.map((f) => f.path)));
    const rows: (string | number)[][] = [];
    const ignored: (string | number)[][] = [];
    const units: ApplyUnit[] = [];
    let applyBlockedBy: string | undefined;
    let linted = 0;

    for (const file of all) {
      const lint = !changes || changes.has(file.path);
      const sql = readFileSync(path.join(ctx.cwd, file.path), 'utf8');
      const parsed = await parseSql(sql);
      const statements = upSection(file, parsed);
      const tx = runsInTransaction(file, ctx.cwd, sql, statements.length);
      rows.push([
        file.path,
        file.layout,
        tx.wrapped ? 'yes' : 'no',
        statements.length,
        lint ? (changes ? (changes.get(file.path) === 'M' ? 'edited' : 'new') : 'linted') : 'unchanged',
      ]);
      if (parsed.error) {
        if (lint)
          findings.push(
            finding('syntax-error', severities, file.path, parsed.error.line, undefined, `${parsed.error.message}.`),
          );
        applyBlockedBy ??= file.path;
        continue;
      }
      if (!applyBlockedBy) units.push({ file: file.path, wrapped: tx.wrapped, statements });
      if (!lint) continue;
      linted++;
      if (changes?.get(file.path) === 'M')
        findings.push(
          finding(
            'edited-applied-migration',
            severities,
            file.path,
            1,
            undefined,
            `${file.path} is already on the base branch.`,
          ),
        );
      if (statements.length === 0)
        findings.push(finding('empty-migration', severities, file.path, 1, undefined, 'No SQL statements.'));
      const state = newFileState(inputs['postgres-version'], tx.wrapped);
      for (const statement of statements) {
        for (const hit of checkStatement(statement, state)) {
          const ignore = ignoreFor(parsed, statement, hit.rule);
          if (ignore) {
            ignored.push([`${file.path}:${statement.line}`, hit.rule, ignore || '(no reason given)']);
            continue;
          }
          let message = `${hit.detail}.`;
          if (hit.rule === 'concurrently-in-transaction') message += ` (${tx.why}.)`;
          for (const name of hit.names ?? []) {
            const { refs, total } = codeIndex.references(name);
            if (total > 0)
              message += ` \`${name}\` is still used in ${refs.map((r) => `${r.file}:${r.line}`).join(', ')}${total > refs.length ? ` and ${total - refs.length} more` : ''}.`;
          }
          findings.push(finding(hit.rule, severities, file.path, statement.line, statement, message));
        }
      }
    }

    let outcome: ApplyOutcome | undefined;
    if (inputs.apply !== 'none' && units.length > 0) {
      const engine =
        inputs.apply === 'embedded'
          ? await embeddedEngine(requestedExtensions(units))
          : await serverEngine(inputs['database-url']);
      try {
        outcome = await applyMigrations(engine, units);
      } finally {
        await engine.close();
      }
      if (outcome.failure) {
        const f = outcome.failure;
        const unverified = f.unverified
          ? ' An earlier statement was skipped by this engine, so this may depend on it.'
          : '';
        const out = finding(
          'apply-failed',
          severities,
          f.file,
          f.statement.line,
          f.statement,
          `${outcome.engine}: ${f.message}.${unverified}`,
        );
        if (f.unverified && out.severity === 'error') out.severity = 'warning';
        findings.push(out);
      }
    }
    const filtered = findings.filter((f) => f.severity !== ('off' as string));
    const sections = [
      { title: 'Migrations', markdown: table(['File', 'Layout', 'Transaction', 'Statements', 'Status'], rows) },
    ];
    if (filtered.length) {
      sections.push({
        title: 'What to change',
        markdown: table(
          ['File', 'Line', 'Rule', 'Severity', 'Statement', 'Safe alternative'],
          filtered
            .filter((f) => f.file)
            .map((f) => [f.file!, f.line ?? '', f.ruleId, f.severity, excerpt(f), RULES[f.ruleId]?.fix ?? '']),
        ),
      });
    }
    if (ignored.length)
      sections.push({ title: 'Ignored by comment', markdown: table(['Statement', 'Rule', 'Reason'], ignored) });
    if (outcome) {
      const lines = [
        `${outcome.engine}: ${outcome.applied} statement(s) applied${outcome.failure ? `, stopped at ${outcome.failure.file}:${outcome.failure.statement.line}` : ' — every migration applies'}.`,
      ];
      if (applyBlockedBy) lines.push(`Applying stopped before ${applyBlockedBy}, which does not parse.`);
      if (outcome.skipped.length)
        lines.push(
          '',
          table(
            ['Statement', 'Not run because'],
            outcome.skipped.map((s) => [`${s.file}:${s.statement.line}`, s.reason]),
          ),
        );
      sections.push({ title: 'Apply check', markdown: lines.join('\n') });
    } else if (inputs.apply === 'none') sections.push({ title: 'Apply check', markdown: 'Skipped (apply: none).' });
    else if (applyBlockedBy)
      sections.push({
        title: 'Apply check',
        markdown: `Not run: the first migration, ${applyBlockedBy}, does not parse.`,
      });
    return {
      findings: filtered,
      metrics: {
        files: all.length,
        linted,
        applied: outcome?.applied ?? 0,
        skipped: outcome?.skipped.length ?? 0,
        ignored: ignored.length,
        engine: outcome?.engine ?? 'none',
      },
      sections,
      outputs: { findings: String(filtered.length) },
    };
  },
});

const pending = new WeakMap<Finding, string>();

function excerpt(f: Finding): string {
  const text = pending.get(f) ?? '';
  const one = text.replace(/\s+/g, ' ');
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}

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
    message:
      `${detail} ${rule === 'syntax-error' || rule === 'apply-failed' ? '' : `Safe alternative: ${info.fix}`}`.trim(),
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
