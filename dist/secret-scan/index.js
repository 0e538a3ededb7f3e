import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  secret_scan_exports
} from "../shared/chunk-Y3BOXR3U.js";
import "../shared/chunk-UT4UKEQE.js";
import "../shared/chunk-XP6JBGKD.js";
import "../shared/chunk-JL6ZM7GX.js";
import "../shared/chunk-FZU6WKV3.js";
import "../shared/chunk-5YOWDUNG.js";
import "../shared/chunk-Y22U3BHL.js";
import "../shared/chunk-5ZRO7RQP.js";
import "../shared/chunk-IZSMAHAY.js";
import "../shared/chunk-EYPTBNW2.js";
import {
  runGateModule
} from "../shared/chunk-Q2RXL7TC.js";
import "../shared/chunk-OW3T3T5C.js";
import "../shared/chunk-5RRDV6YP.js";
import "../shared/chunk-FE7EKH5K.js";
import "../shared/chunk-BILREZR4.js";
import "../shared/chunk-CFSFGSYM.js";
import "../shared/chunk-MJ7T7JTD.js";
import "../shared/chunk-6OF2CFES.js";
import "../shared/chunk-CVLCJVI7.js";
import "../shared/chunk-BXRRTBT6.js";
import "../shared/chunk-CGGRE6NF.js";
import {
  init_define_LAUNCHGATE_GATES
} from "../shared/chunk-WW23YH7P.js";

// gate:secret-scan
init_define_LAUNCHGATE_GATES();
await runGateModule("secret-scan", secret_scan_exports);
