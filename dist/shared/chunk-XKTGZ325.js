import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  addedFragments,
  inLogOrder
} from "./chunk-DFROXESS.js";
import {
  Scanner,
  defaultRuleSet,
  loadGitleaksConfig
} from "./chunk-SZ6PHTMO.js";
import {
  emptyStats
} from "./chunk-VJHTZG3O.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/secret-scan/history-slice.ts
init_define_LAUNCHGATE_GATES();
function scannerFor(setup) {
  const ruleSet = setup.configText === void 0 ? defaultRuleSet() : loadGitleaksConfig(setup.configText, "rules config");
  const ids = ruleSet.rules.map((r) => r.id);
  if (ids.join("\n") !== setup.ruleIds.join("\n"))
    throw new Error(
      `a history worker built ${ids.length} rules where the scan has ${setup.ruleIds.length}: refusing to scan with other rules`
    );
  return new Scanner(ruleSet);
}
async function scanSlice(cwd, request, scanner) {
  const stats = emptyStats();
  const files = /* @__PURE__ */ new Set();
  const hits = [];
  const commitOrder = /* @__PURE__ */ new Map();
  for await (const fragment of addedFragments(cwd, [], stats, {
    commits: request.commits,
    seenFiles: files,
    commitOrder,
    standIns: scanner.takesStandIns
  }))
    for (const hit of scanner.scan(fragment)) hits.push(hit);
  return { index: request.index, hits: inLogOrder(hits, commitOrder), stats, files: [...files] };
}

export {
  scannerFor,
  scanSlice
};
