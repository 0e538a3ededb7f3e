import type { Finding } from '../../core/finding.js';
import { table } from '../../core/markdown.js';
import type { BudgetEntry, BudgetsFile } from './budgets-file.js';
import { BUNDLE_FINDINGS, code, plain, type BundleFindingId } from './findings.js';
import type { BuildMeasurement, EntryMeasurement } from './measure.js';
import { formatBytes, formatChange, formatLike, growthAllowed } from './sizes.js';

/** Sizes of an earlier build (a baseline report, or the base built in a worktree), by entry name. */
export interface BaseSizes {
  /** Where they come from, in words: `baseline old.json`, `base main (3f2a1b9)`. */
  source: string;
  entries: Record<string, { compression: string; size: number; files: Record<string, { size: number }> }>;
}

export interface EntryVerdict {
  name: string;
  overLimit: boolean;
  /** Bytes of change against the base, when the base has this entry in the same compression. */
  change?: number;
  base?: number;
  grewTooMuch: boolean;
}

const MAX_FILE_ROWS = 50;

function finding(
  id: BundleFindingId,
  title: string,
  message: string,
  where: { file?: string; line?: number },
  severity: Finding['severity'] = BUNDLE_FINDINGS[id].severity,
): Finding {
  return { ruleId: id, severity, title, message, ...where };
}

/** The rules of the budget: the limit, globs that matched nothing, growth over max-growth. */
export function evaluateBudgets(
  budgets: BudgetsFile,
  head: BuildMeasurement,
  base: BaseSizes | undefined,
  growthFails: boolean,
): { findings: Finding[]; verdicts: EntryVerdict[] } {
  const findings: Finding[] = [];
  const verdicts: EntryVerdict[] = [];
  for (const failure of head.failures)
    findings.push(
      finding(
        'could-not-check',
        `Could not measure ${plain(failure.file)}`,
        `${code(failure.file)}: ${failure.error}`,
        {},
      ),
    );
  for (const glob of head.truncated)
    findings.push(
      finding(
        'could-not-check',
        'Glob walk stopped',
        `${code(glob)} visited more than 200000 entries; narrow the glob to the build output.`,
        {},
      ),
    );
  budgets.entries.forEach((entry, i) => {
    const m = head.entries[i];
    const where = budgets.file && entry.line ? { file: budgets.file, line: entry.line } : {};
    for (const glob of m.emptyGlobs)
      findings.push(
        finding(
          'glob-matched-nothing',
          `${plain(entry.name)}: a glob matched no file`,
          `Budget ${code(entry.name)}: ${code(glob)} matched no file, so this budget would measure nothing. Build before this step, or correct the path.`,
          where,
        ),
      );
    const v: EntryVerdict = { name: entry.name, overLimit: m.size > entry.limit.bytes, grewTooMuch: false };
    if (v.overLimit) findings.push(overBudget(entry, m, where));
    const b = base?.entries[entry.name];
    if (b && b.compression === entry.compression) {
      v.base = b.size;
      v.change = m.size - b.size;
      if (entry.maxGrowth && v.change > growthAllowed(entry.maxGrowth, b.size) && b.size > 0) {
        v.grewTooMuch = true;
        findings.push(
          finding(
            'budget-growth',
            `${plain(entry.name)} grew ${formatChange(v.change, b.size)}`,
            `Budget ${code(entry.name)} grew from ${formatBytes(b.size)} to ${formatBytes(m.size)} ${entry.compression} (${formatChange(v.change, b.size)}) against ${base!.source}; max-growth is ${entry.maxGrowth.text}.${topGrowers(m, b)}`,
            where,
            growthFails ? 'error' : 'warning',
          ),
        );
      }
    }
    verdicts.push(v);
  });
  return { findings, verdicts };
}

function largest(m: EntryMeasurement, n = 3): string {
  return Object.values(m.files)
    .sort((a, b) => b.size - a.size)
    .slice(0, n)
    .map((f) => `${code(f.file)} ${formatBytes(f.size)}`)
    .join(', ');
}

function overBudget(entry: BudgetEntry, m: EntryMeasurement, where: { file?: string; line?: number }): Finding {
  const over = m.size - entry.limit.bytes;
  return finding(
    'over-budget',
    `${plain(entry.name)}: ${formatLike(m.size, entry.limit)} > ${plain(entry.limit.text)}`,
    `Budget ${code(entry.name)} is ${formatLike(m.size, entry.limit)} (${m.size} bytes) ${entry.compression}, over its limit of ${entry.limit.text} (${entry.limit.bytes} bytes) by ${formatBytes(over)}, in ${Object.keys(m.files).length} file(s). Largest: ${largest(m)}.`,
    where,
  );
}

function topGrowers(m: EntryMeasurement, base: BaseSizes['entries'][string]): string {
  const changes = Object.entries(m.files)
    .map(([key, f]) => ({ key, change: f.size - (base.files[key]?.size ?? 0), added: !base.files[key] }))
    .filter((c) => c.change > 0)
    .sort((a, b) => b.change - a.change)
    .slice(0, 3);
  if (!changes.length) return '';
  return ` Grew most: ${changes.map((c) => `${code(c.key)} ${c.added ? 'new, ' : ''}+${formatBytes(c.change)}`).join(', ')}.`;
}

const VERDICT_ICON = (v: EntryVerdict, m: EntryMeasurement) =>
  m.emptyGlobs.length
    ? '❌ a glob matched nothing'
    : v.overLimit
      ? '❌ over budget'
      : v.grewTooMuch
        ? '⚠️ grew too much'
        : '✅ within budget';

/** One row per entry: size, limit, base, change, verdict. */
export function entriesTable(
  budgets: BudgetsFile,
  head: BuildMeasurement,
  verdicts: EntryVerdict[],
  base?: BaseSizes,
): string {
  return table(
    ['Budget', 'Compression', 'Size', 'Limit', 'Base', 'Change', 'Files', 'Verdict'],
    budgets.entries.map((e, i) => {
      const m = head.entries[i];
      const v = verdicts[i];
      return [
        code(e.name),
        e.compression,
        formatLike(m.size, e.limit),
        e.limit.text,
        v.base !== undefined ? formatBytes(v.base) : base?.entries[e.name] ? 'other compression' : '—',
        v.change !== undefined ? formatChange(v.change, v.base!) : '—',
        Object.keys(m.files).length,
        VERDICT_ICON(v, m),
      ];
    }),
  );
}

/**
 * Per file of each entry: size, change against the base, new and removed files. The largest changes first, at
 * most 50 rows per entry (the JSON report has them all).
 */
export function filesTable(budgets: BudgetsFile, head: BuildMeasurement, base?: BaseSizes): string {
  const parts: string[] = [];
  budgets.entries.forEach((e, i) => {
    const m = head.entries[i];
    const b = base?.entries[e.name]?.compression === e.compression ? base.entries[e.name] : undefined;
    type Row = { key: string; size?: number; base?: number };
    const rows: Row[] = Object.entries(m.files).map(([key, f]) => ({ key, size: f.size, base: b?.files[key]?.size }));
    if (b) for (const [key, f] of Object.entries(b.files)) if (!m.files[key]) rows.push({ key, base: f.size });
    const change = (r: Row) => (r.size ?? 0) - (r.base ?? 0);
    rows.sort((x, y) => Math.abs(change(y)) - Math.abs(change(x)) || (y.size ?? 0) - (x.size ?? 0));
    const shown = rows.slice(0, MAX_FILE_ROWS);
    if (rows.length === 0) {
      parts.push(`**${code(e.name)}** (${e.compression}): _no files matched._`);
      return;
    }
    parts.push(
      `**${code(e.name)}** (${e.compression})`,
      table(
        b ? ['File', 'Size', 'Base', 'Change', ''] : ['File', 'Size', 'Raw'],
        shown.map((r) => {
          if (!b) return [code(r.key), formatBytes(r.size ?? 0), formatBytes(m.files[r.key]?.raw ?? 0)];
          const status = r.size === undefined ? 'removed' : r.base === undefined ? 'new' : '';
          return [
            code(r.key),
            r.size !== undefined ? formatBytes(r.size) : '—',
            r.base !== undefined ? formatBytes(r.base) : '—',
            r.base !== undefined && r.size !== undefined ? formatChange(change(r), r.base) : formatChange(change(r), 0),
            status,
          ];
        }),
      ),
    );
    if (rows.length > shown.length) parts.push(`_${rows.length - shown.length} more file(s) in the JSON report._`);
  });
  return parts.join('\n\n');
}
