import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  secret_scan_exports
} from "../shared/chunk-N4UFMZ4P.js";
import "../shared/chunk-46TX5R7Z.js";
import "../shared/chunk-5KVXQQFD.js";
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

// gate:secret-scan
init_define_LAUNCHGATE_GATES();
await runGateModule("secret-scan", secret_scan_exports);
