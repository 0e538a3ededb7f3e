import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  secret_scan_exports
} from "../shared/chunk-YUSZJALS.js";
import "../shared/chunk-UT4UKEQE.js";
import "../shared/chunk-N2ETQYXT.js";
import "../shared/chunk-ADUIT6II.js";
import "../shared/chunk-BCQVQAJ7.js";
import "../shared/chunk-MB3FMXI4.js";
import "../shared/chunk-EYPTBNW2.js";
import "../shared/chunk-IZSMAHAY.js";
import "../shared/chunk-74U225BG.js";
import {
  runGateModule
} from "../shared/chunk-QUKIVTOC.js";
import "../shared/chunk-OW3T3T5C.js";
import "../shared/chunk-D6NKC3I4.js";
import "../shared/chunk-TNGD4J5Y.js";
import "../shared/chunk-CFSFGSYM.js";
import "../shared/chunk-MJ7T7JTD.js";
import "../shared/chunk-6OF2CFES.js";
import "../shared/chunk-CVLCJVI7.js";
import "../shared/chunk-BXRRTBT6.js";
import "../shared/chunk-CGGRE6NF.js";
import "../shared/chunk-YPE23IJZ.js";
import "../shared/chunk-FGP4ZISJ.js";
import {
  init_define_LAUNCHGATE_GATES
} from "../shared/chunk-WW23YH7P.js";

// gate:secret-scan
init_define_LAUNCHGATE_GATES();
await runGateModule("secret-scan", secret_scan_exports);
