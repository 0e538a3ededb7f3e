import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  secretScan
} from "./chunk-Y3BOXR3U.js";
import {
  smokeTest
} from "./chunk-UZ4MSQCK.js";
import {
  latencyBudget
} from "./chunk-LH5I2S44.js";
import {
  migrationCheck
} from "./chunk-YHJK6ZTF.js";
import {
  dnsCheck
} from "./chunk-AIX3QS2E.js";
import {
  bundleBudget
} from "./chunk-VEERTSOR.js";
import {
  uptime
} from "./chunk-HL3X6RZY.js";
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
