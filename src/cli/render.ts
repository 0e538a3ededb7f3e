import { reportText } from '../core/console.js';
import type { ExecutedCheck } from '../core/execute.js';
import { reportMarkdown } from '../core/markdown.js';
import { toSarif } from '../core/sarif.js';
import { overviewText } from '../core/overview.js';

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
  return overviewText(done.map((d) => d.report));
}
