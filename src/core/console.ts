import { formatLocation, plural, titleAndMessage, type Report } from './finding.js';

/** Readable lines for a terminal: `path:line  severity  rule  message`, then a verdict line. */
export function reportText(report: Report): string {
  const lines: string[] = [];
  for (const f of report.findings) {
    const loc = formatLocation(f) || '(no file)';
    lines.push(
      `${loc}  ${f.severity}  ${f.ruleId}  ${titleAndMessage(f)}${f.fingerprint ? `  [${f.fingerprint}]` : ''}`,
    );
  }
  const { errors, warnings, notices } = report.counts;
  lines.push(
    `${report.check}: ${report.result.toUpperCase()} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}, ${(report.durationMs / 1000).toFixed(1)} s)`,
  );
  return lines.join('\n');
}
