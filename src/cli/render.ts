import { reportText } from '../core/console.js';
import type { ExecutedCheck } from '../core/execute.js';
import { reportMarkdown } from '../core/markdown.js';
import { toSarif } from '../core/sarif.js';

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** configFile: where SARIF places findings that name no file (the config, for `launchgate run`). */
export function render(done: ExecutedCheck[], format: Format, configFile?: string): string {
  const reports = done.map((d) => d.report);
  if (format === 'json') return JSON.stringify(reports.length === 1 ? reports[0] : { reports }, null, 2);
  if (format === 'sarif') return JSON.stringify(toSarif(reports, { fallbackFile: configFile }), null, 2);
  if (format === 'markdown') return reports.map((r) => reportMarkdown(r)).join('\n');
  return reports.map(reportText).join('\n\n');
}

/** check, verdict, errors, warnings, duration: the last thing `launchgate run` prints. */
export function overviewTable(done: ExecutedCheck[]): string {
  const rows = done.map((d) => [
    d.report.check,
    d.report.result.toUpperCase(),
    String(d.report.counts.errors),
    String(d.report.counts.warnings),
    `${(d.report.durationMs / 1000).toFixed(1)} s`,
  ]);
  const header = ['check', 'verdict', 'errors', 'warnings', 'duration'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
