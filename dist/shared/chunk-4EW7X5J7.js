import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  secretScan
} from "./chunk-N4UFMZ4P.js";
import {
  smokeTest
} from "./chunk-LXIZBHBC.js";
import {
  latencyBudget
} from "./chunk-NBHDHJKL.js";
import {
  migrationCheck
} from "./chunk-QL7ERZ33.js";
import {
  dnsCheck
} from "./chunk-YFTASVIK.js";
import {
  bundleBudget
} from "./chunk-DZSQ2GNV.js";
import {
  uptime
} from "./chunk-OURMOYTS.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-OS5SADBN.js";

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
