import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  titleAndMessage
} from "./chunk-DLCS5LTK.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/core/version.ts
init_define_LAUNCHGATE_GATES();
var VERSION = true ? "0.1.0" : "0.0.0-dev";

// src/core/sarif.ts
init_define_LAUNCHGATE_GATES();
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function workflowFile(env) {
  const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? "");
  return m?.[1];
}
function location(f, fallbackFile) {
  const uri = (f.file ?? fallbackFile).split("\\").join("/");
  const line = f.file && f.line ? f.line : 1;
  return {
    physicalLocation: {
      artifactLocation: { uri },
      region: {
        startLine: line,
        ...f.file && f.endLine && f.endLine >= line ? { endLine: f.endLine } : {},
        ...f.file && f.line && f.column ? { startColumn: f.column } : {}
      }
    }
  };
}
function toSarif(reports, opts = {}) {
  const fallbackFile = opts.fallbackFile ?? workflowFile(process.env) ?? "launchgate.yml";
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: reports.map((report) => {
      const ruleIds = [...new Set(report.findings.map((f) => f.ruleId))];
      return {
        tool: {
          driver: {
            name: `launchgate ${report.check}`,
            version: opts.version ?? VERSION,
            informationUri: "https://github.com/launchgate/launchgate",
            rules: ruleIds.map((id) => {
              const first = report.findings.find((f) => f.ruleId === id);
              return { id, name: id, shortDescription: { text: first.title } };
            })
          }
        },
        // One category per check, so that GitHub keeps each check's alerts apart when several runs are uploaded.
        automationDetails: { id: `launchgate/${report.check}/` },
        results: report.findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIds.indexOf(f.ruleId),
          level: LEVEL[f.severity],
          message: { text: titleAndMessage(f) },
          locations: [location(f, fallbackFile)],
          ...f.fingerprint ? { partialFingerprints: { "launchgate/v1": f.fingerprint } } : {}
        }))
      };
    })
  };
}

export {
  VERSION,
  toSarif
};
