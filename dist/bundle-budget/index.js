import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  bundle_budget_exports
} from "../shared/chunk-VXDB7T7T.js";
import "../shared/chunk-P224PUG6.js";
import "../shared/chunk-3ROBTW4Y.js";
import "../shared/chunk-M7BUO5DP.js";
import "../shared/chunk-74U225BG.js";
import {
  runGateModule
} from "../shared/chunk-YTIK7CSH.js";
import "../shared/chunk-OW3T3T5C.js";
import "../shared/chunk-4S7HIEKG.js";
import "../shared/chunk-FGZYWXOD.js";
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

// gate:bundle-budget
init_define_LAUNCHGATE_GATES();
await runGateModule("bundle-budget", bundle_budget_exports);
