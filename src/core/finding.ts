export type Severity = 'error' | 'warning' | 'notice';
export type FailOn = 'error' | 'warning' | 'never';

/** One thing a check found. Locations are relative to the working directory the check ran in. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  title: string;
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
  fingerprint?: string;
}

/**
 * A finding's title and message on one line, `title: message`. A title that is a sentence (a gitleaks rule's
 * description, "… on AWS platforms.") loses its closing stop, so the line does not read "platforms.: Added …".
 */
export function titleAndMessage(f: Pick<Finding, 'title' | 'message'>): string {
  return `${titleWithoutStop(f.title)}: ${f.message}`;
}

/** A title without its closing full stop or colon, to be followed by punctuation of its own. */
export function titleWithoutStop(title: string): string {
  return title.replace(/[.:]+\s*$/, '');
}

/** "1 error", "2 errors": a count with its noun. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Bars against their limits (p95 against a budget); the HTML report draws them, the summary has the markdown. */
export interface BarChart {
  unit: string;
  bars: { label: string; value: number; limit?: number }[];
}

export interface ReportSection {
  title: string;
  markdown: string;
  /** Drawn instead of the markdown in the HTML report. */
  chart?: BarChart;
}

/** What a check returns to the host; the host adds the verdict and the timing. */
export interface CheckResult {
  findings: Finding[];
  /** Figures worth keeping (counts, timings, percentiles); copied into the JSON report as-is. */
  metrics: Record<string, unknown>;
  /** Extra markdown sections for the job summary and the HTML report (tables, charts). */
  sections?: ReportSection[];
  /** Extra step outputs beyond result/errors/warnings/report. */
  outputs?: Record<string, string>;
}

export interface Report extends CheckResult {
  check: string;
  result: 'pass' | 'fail';
  counts: { errors: number; warnings: number; notices: number };
  durationMs: number;
  failOn: FailOn;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function bySeverity(a: Finding, b: Finding): number {
  return (
    RANK[a.severity] - RANK[b.severity] || (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0)
  );
}

export function countFindings(findings: Finding[]): Report['counts'] {
  const counts = { errors: 0, warnings: 0, notices: 0 };
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.notices++;
  }
  return counts;
}

export function verdict(findings: Finding[], failOn: FailOn): 'pass' | 'fail' {
  const { errors, warnings } = countFindings(findings);
  if (failOn === 'never') return 'pass';
  if (errors > 0) return 'fail';
  if (failOn === 'warning' && warnings > 0) return 'fail';
  return 'pass';
}

export function buildReport(check: string, result: CheckResult, failOn: FailOn, durationMs: number): Report {
  const findings = [...result.findings].sort(bySeverity);
  return {
    check,
    result: verdict(findings, failOn),
    counts: countFindings(findings),
    durationMs: Math.round(durationMs),
    failOn,
    ...result,
    findings,
  };
}

export function formatLocation(f: Pick<Finding, 'file' | 'line' | 'column'>): string {
  if (!f.file) return '';
  let loc = f.file;
  if (f.line) loc += `:${f.line}`;
  if (f.line && f.column) loc += `:${f.column}`;
  return loc;
}
