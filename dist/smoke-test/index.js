import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  smoke_test_exports
} from "../shared/chunk-UZ4MSQCK.js";
import "../shared/chunk-NIFEQW4C.js";
import "../shared/chunk-FVKKUKPZ.js";
import "../shared/chunk-A3IYZFCJ.js";
import "../shared/chunk-NQ5CMLVZ.js";
import "../shared/chunk-72I7UR5T.js";
import "../shared/chunk-IJEZSMNN.js";
import "../shared/chunk-E3YV7GN6.js";
import "../shared/chunk-3ROBTW4Y.js";
import "../shared/chunk-JNS5TNZD.js";
import "../shared/chunk-74U225BG.js";
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

// gate:smoke-test
init_define_LAUNCHGATE_GATES();
await runGateModule("smoke-test", smoke_test_exports);
