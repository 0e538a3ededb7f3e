import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  dnsCheck
} from "./chunk-EINRAVC3.js";
import {
  COMMON_DKIM_SELECTORS
} from "./chunk-O2NPYISY.js";
import "./chunk-IJEZSMNN.js";
import "./chunk-E3YV7GN6.js";
import "./chunk-M7BUO5DP.js";
import "./chunk-74U225BG.js";
import "./chunk-MJ7T7JTD.js";
import "./chunk-FWQDJEAF.js";
import "./chunk-T5YKWYUI.js";
import "./chunk-DLCS5LTK.js";
import "./chunk-CGGRE6NF.js";
import "./chunk-WW23YH7P.js";
export {
  COMMON_DKIM_SELECTORS,
  dnsCheck
};
