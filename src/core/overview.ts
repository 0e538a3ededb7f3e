import type { Report } from './finding.js';
import { code, neutralizeMarkdown, table } from './markdown.js';

/** check, verdict, errors, warnings, duration: one row per gate, the at-a-glance view of a whole run. */
function overviewRows(reports: Report[]): string[][] {
  return reports.map((r) => [
    r.check,
    r.result.toUpperCase(),
    String(r.counts.errors),
    String(r.counts.warnings),
    `${(r.durationMs / 1000).toFixed(1)} s`,
  ]);
}

const HEADER = ['check', 'verdict', 'errors', 'warnings', 'duration'];

/** The overview as aligned plain text, for a terminal (the last thing `launchgate run` prints). */
export function overviewText(reports: Report[]): string {
  const rows = overviewRows(reports);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(HEADER), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * The overview as the first thing of a job summary: the run's verdict, then one table row per gate. The config's
 * name comes from the workflow or the repository, so it is a code span and the whole is made inert.
 */
export function overviewMarkdown(reports: Report[], config: string, heading = 2): string {
  const failed = reports.filter((r) => r.result === 'fail').length;
  const verdict = failed
    ? `❌ FAIL: ${failed} of ${reports.length} gate${reports.length === 1 ? '' : 's'} failed`
    : `✅ PASS: ${reports.length} gate${reports.length === 1 ? '' : 's'} passed`;
  const rows = overviewRows(reports).map(([check, result, ...rest]) => [
    check,
    `${result === 'FAIL' ? '❌' : '✅'} ${result}`,
    ...rest,
  ]);
  return neutralizeMarkdown(
    `${'#'.repeat(heading)} launchgate: ${verdict}\n\nConfig ${code(config)}.\n\n${table(
      HEADER.map((h) => h[0].toUpperCase() + h.slice(1)),
      rows,
    )}\n`,
  );
}
