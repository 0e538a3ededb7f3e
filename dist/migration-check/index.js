import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  migration_check_exports
} from "../shared/chunk-4JDMC2ZL.js";
import "../shared/chunk-NWT2QY2V.js";
import "../shared/chunk-HQOJW264.js";
import "../shared/chunk-TNQ4CUJE.js";
import "../shared/chunk-77GYQLKQ.js";
import "../shared/chunk-IZSMAHAY.js";
import "../shared/chunk-P224PUG6.js";
import {
  runGateModule
} from "../shared/chunk-LG54GTVY.js";
import "../shared/chunk-OW3T3T5C.js";
import "../shared/chunk-YVTAW2VY.js";
import "../shared/chunk-CFSFGSYM.js";
import "../shared/chunk-MJ7T7JTD.js";
import "../shared/chunk-RMKUOD2J.js";
import "../shared/chunk-CVLCJVI7.js";
import "../shared/chunk-BXRRTBT6.js";
import "../shared/chunk-CGGRE6NF.js";
import "../shared/chunk-TNGD4J5Y.js";
import "../shared/chunk-YPE23IJZ.js";
import "../shared/chunk-FGP4ZISJ.js";
import {
  init_define_LAUNCHGATE_GATES
} from "../shared/chunk-WW23YH7P.js";

// gate:migration-check
init_define_LAUNCHGATE_GATES();
await runGateModule("migration-check", migration_check_exports);
