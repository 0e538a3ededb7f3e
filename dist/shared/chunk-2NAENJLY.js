import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  toSarif
} from "./chunk-UT4UKEQE.js";
import {
  formatLocation,
  reportMarkdown
} from "./chunk-BXRRTBT6.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/cli/render.ts
init_define_LAUNCHGATE_GATES();

// src/core/console.ts
init_define_LAUNCHGATE_GATES();
function reportText(report) {
  const lines = [];
  for (const f of report.findings) {
    const loc = formatLocation(f) || "(no file)";
    lines.push(
      `${loc}  ${f.severity}  ${f.ruleId}  ${f.title}: ${f.message}${f.fingerprint ? `  [${f.fingerprint}]` : ""}`
    );
  }
  const { errors, warnings, notices } = report.counts;
  lines.push(
    `${report.check}: ${report.result.toUpperCase()} (${errors} errors, ${warnings} warnings, ${notices} notices, ${(report.durationMs / 1e3).toFixed(1)} s)`
  );
  return lines.join("\n");
}

// src/cli/render.ts
var FORMATS = ["text", "json", "markdown", "sarif"];
function render(done, format, configFile) {
  const reports = done.map((d) => d.report);
  if (format === "json") return JSON.stringify(reports.length === 1 ? reports[0] : { reports }, null, 2);
  if (format === "sarif") return JSON.stringify(toSarif(reports, { fallbackFile: configFile }), null, 2);
  if (format === "markdown") return reports.map((r) => reportMarkdown(r)).join("\n");
  return reports.map(reportText).join("\n\n");
}
function overviewTable(done) {
  const rows = done.map((d) => [
    d.report.check,
    d.report.result.toUpperCase(),
    String(d.report.counts.errors),
    String(d.report.counts.warnings),
    `${(d.report.durationMs / 1e3).toFixed(1)} s`
  ]);
  const header = ["check", "verdict", "errors", "warnings", "duration"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export {
  FORMATS,
  render,
  overviewTable
};
