import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  secret_scan_exports
} from "../shared/chunk-XWJPFPPB.js";
import "../shared/chunk-3VIRBBWJ.js";
import "../shared/chunk-LGIP3MMU.js";
import "../shared/chunk-ASBCMXSU.js";
import "../shared/chunk-52BZTKWT.js";
import "../shared/chunk-6AA75U74.js";
import "../shared/chunk-5COVA2LS.js";
import "../shared/chunk-SJPXRNZO.js";
import "../shared/chunk-IZSMAHAY.js";
import "../shared/chunk-EYPTBNW2.js";
import {
  runGateModule
} from "../shared/chunk-OTYRJRNX.js";
import "../shared/chunk-OW3T3T5C.js";
import "../shared/chunk-YFGDM4YS.js";
import "../shared/chunk-FE7EKH5K.js";
import "../shared/chunk-BILREZR4.js";
import "../shared/chunk-2TI3BDV6.js";
import "../shared/chunk-MJ7T7JTD.js";
import "../shared/chunk-FWQDJEAF.js";
import "../shared/chunk-T5YKWYUI.js";
import "../shared/chunk-DLCS5LTK.js";
import "../shared/chunk-CGGRE6NF.js";
import {
  init_define_LAUNCHGATE_GATES
} from "../shared/chunk-WW23YH7P.js";

// gate:secret-scan
init_define_LAUNCHGATE_GATES();
await runGateModule("secret-scan", secret_scan_exports);
