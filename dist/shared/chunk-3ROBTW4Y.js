import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/http/finding-catalog.ts
init_define_LAUNCHGATE_GATES();
function findingsOf(catalog) {
  return (id, finding) => ({
    ruleId: id,
    severity: catalog[id].severity,
    ...finding
  });
}
var cell = (s) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
function catalogTable(catalog) {
  const rows = ["| Finding | Meaning | Fix |", "| --- | --- | --- |"];
  for (const [id, doc] of Object.entries(catalog))
    rows.push(
      `| \`${id}\`${doc.severity === "error" ? "" : ` (${doc.severity})`} | ${cell(doc.meaning)} | ${cell(doc.fix)} |`
    );
  return rows.join("\n");
}

export {
  findingsOf,
  catalogTable
};
