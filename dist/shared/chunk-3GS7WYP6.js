import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  secretScan
} from "./chunk-TGZA7IUD.js";
import {
  smokeTest
} from "./chunk-DDEOVENK.js";
import {
  latencyBudget
} from "./chunk-VG7RYU63.js";
import {
  migrationCheck
} from "./chunk-64KNUJAW.js";
import {
  dnsCheck
} from "./chunk-EINRAVC3.js";
import {
  bundleBudget
} from "./chunk-VXDB7T7T.js";
import {
  uptime
} from "./chunk-ZUFQHJAI.js";
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
