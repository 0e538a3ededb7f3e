import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  smoke_test_exports
} from "../shared/chunk-LXIZBHBC.js";
import "../shared/chunk-HS7PNFP5.js";
import "../shared/chunk-MP7QXNYR.js";
import "../shared/chunk-5B5BFPD2.js";
import "../shared/chunk-EAHPUWOT.js";
import "../shared/chunk-TVYVNFBQ.js";
import "../shared/chunk-3PNGOSCQ.js";
import "../shared/chunk-X7YZQBMX.js";
import {
  runGateModule
} from "../shared/chunk-PV7EORKH.js";
import "../shared/chunk-HSSO2BYN.js";
import "../shared/chunk-VDBTPU7N.js";
import "../shared/chunk-VIPJWMUH.js";
import "../shared/chunk-3SQOOG6E.js";
import "../shared/chunk-Q3S2AIDP.js";
import "../shared/chunk-BRXJLU2M.js";
import "../shared/chunk-GF7M3IIJ.js";
import "../shared/chunk-QGK2EYB2.js";
import "../shared/chunk-O2PSVHBJ.js";
import {
  init_define_LAUNCHGATE_GATES
} from "../shared/chunk-OS5SADBN.js";

// gate:smoke-test
init_define_LAUNCHGATE_GATES();
await runGateModule("smoke-test", smoke_test_exports);
