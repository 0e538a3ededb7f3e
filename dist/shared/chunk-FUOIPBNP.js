import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  overviewText
} from "./chunk-BMMLJUUS.js";
import {
  toSarif
} from "./chunk-3VIRBBWJ.js";
import {
  formatLocation,
  plural,
  reportMarkdown,
  titleAndMessage
} from "./chunk-DLCS5LTK.js";
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
      `${loc}  ${f.severity}  ${f.ruleId}  ${titleAndMessage(f)}${f.fingerprint ? `  [${f.fingerprint}]` : ""}`
    );
  }
  const { errors, warnings, notices } = report.counts;
  lines.push(
    `${report.check}: ${report.result.toUpperCase()} (${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notices, "notice")}, ${(report.durationMs / 1e3).toFixed(1)} s)`
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
  return overviewText(done.map((d) => d.report));
}

export {
  FORMATS,
  render,
  overviewTable
};
