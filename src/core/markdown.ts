import { formatLocation, type Finding, type Report } from './finding.js';

/** GitHub caps a step's job summary at 1 MiB; past that the whole summary is dropped. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function table(header: string[], rows: (string | number)[][]): string {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.map((c) => escapeCell(String(c))).join(' | ')} |`);
  return lines.join('\n');
}

const ICON: Record<string, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️', pass: '✅', fail: '❌' };

export function verdictLine(report: Report): string {
  const { errors, warnings, notices } = report.counts;
  return `${ICON[report.result]} **${report.check}: ${report.result.toUpperCase()}** — ${errors} error(s), ${warnings} warning(s), ${notices} notice(s) in ${(report.durationMs / 1000).toFixed(1)} s (fails on: ${report.failOn})`;
}

export function findingsTable(findings: Finding[]): string {
  if (findings.length === 0) return '_No findings._';
  return table(
    ['Severity', 'Rule', 'Location', 'Finding'],
    findings.map((f) => [
      `${ICON[f.severity]} ${f.severity}`,
      `\`${f.ruleId}\``,
      formatLocation(f) || '—',
      `**${f.title}** ${f.message}${f.fingerprint ? ` (fingerprint \`${f.fingerprint}\`)` : ''}`,
    ]),
  );
}

/** The markdown of one check's report, for the job summary, the PR comment and `--format markdown`. */
export function reportMarkdown(report: Report, opts: { heading?: number; notAnnotated?: number } = {}): string {
  const h = '#'.repeat(opts.heading ?? 2);
  const parts = [`${h} launchgate · ${report.check}`, verdictLine(report)];
  if (opts.notAnnotated) {
    parts.push(
      `> ${opts.notAnnotated} finding(s) were not annotated (GitHub shows at most 10 errors and 10 warnings per step); all are listed below.`,
    );
  }
  for (const section of report.sections ?? []) parts.push(`${h}# ${section.title}`, section.markdown);
  parts.push(`${h}# Findings`, findingsTable(report.findings));
  return parts.join('\n\n') + '\n';
}

/** Cuts markdown to fit GitHub's summary limit, at a line boundary, with a note saying so. */
export function truncateForSummary(markdown: string, limit = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note = "\n\n> The summary was cut to fit GitHub's 1 MiB limit; the JSON report has every finding.\n";
  const budget = limit - Buffer.byteLength(note) - 4;
  let cut = Buffer.from(markdown).subarray(0, budget).toString('utf8');
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  return cut + note;
}
