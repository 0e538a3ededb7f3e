import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  secretScan
} from "./chunk-PGWUJUTI.js";
import {
  smokeTest
} from "./chunk-CCZST67G.js";
import {
  latencyBudget
} from "./chunk-LLUSUL5P.js";
import {
  migrationCheck
} from "./chunk-A3TIQ5W6.js";
import {
  dnsCheck
} from "./chunk-AIX3QS2E.js";
import {
  bundleBudget
} from "./chunk-VEERTSOR.js";
import {
  uptime
} from "./chunk-X76WURX4.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/registry.ts
init_define_LAUNCHGATE_GATES();
var CHECKS = [
  secretScan,
  smokeTest,
  latencyBudget,
  migrationCheck,
  dnsCheck,
  bundleBudget,
  uptime
];
function checkByName(name) {
  return CHECKS.find((c) => c.name === name || c.section === name);
}

export {
  CHECKS,
  checkByName
};
