import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  DEFAULT_REMOTE_RATE,
  chart,
  latencyBudget,
  loadRate
} from "./chunk-VG7RYU63.js";
import "./chunk-YB2NSLZK.js";
import "./chunk-NIFEQW4C.js";
import "./chunk-XJ7Y7GIU.js";
import "./chunk-TPSHQTVP.js";
import "./chunk-72I7UR5T.js";
import "./chunk-E3YV7GN6.js";
import "./chunk-3ROBTW4Y.js";
import "./chunk-M7BUO5DP.js";
import "./chunk-74U225BG.js";
import "./chunk-MJ7T7JTD.js";
import "./chunk-FWQDJEAF.js";
import "./chunk-T5YKWYUI.js";
import "./chunk-DLCS5LTK.js";
import "./chunk-CGGRE6NF.js";
import "./chunk-WW23YH7P.js";
export {
  DEFAULT_REMOTE_RATE,
  chart,
  latencyBudget,
  loadRate
};
