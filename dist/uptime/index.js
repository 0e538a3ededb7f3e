import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  uptime_exports
} from "../shared/chunk-C6YQRGQZ.js";
import "../shared/chunk-UIU27OMQ.js";
import "../shared/chunk-VDHU32XV.js";
import "../shared/chunk-A3IYZFCJ.js";
import "../shared/chunk-BD5PM5JZ.js";
import "../shared/chunk-IJEZSMNN.js";
import "../shared/chunk-E3YV7GN6.js";
import "../shared/chunk-3ROBTW4Y.js";
import "../shared/chunk-6UOUD6GA.js";
import "../shared/chunk-YCJTZS2B.js";
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

// gate:uptime
init_define_LAUNCHGATE_GATES();
await runGateModule("uptime", uptime_exports);
