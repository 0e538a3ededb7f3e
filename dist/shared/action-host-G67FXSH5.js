import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  actionLogger,
  annotate,
  failStep,
  publishReport,
  readActionInputs,
  runAction,
  runGateModule
} from "./chunk-YTIK7CSH.js";
import "./chunk-OW3T3T5C.js";
import "./chunk-4S7HIEKG.js";
import "./chunk-FGZYWXOD.js";
import "./chunk-BILREZR4.js";
import "./chunk-2TI3BDV6.js";
import "./chunk-MJ7T7JTD.js";
import "./chunk-FWQDJEAF.js";
import "./chunk-T5YKWYUI.js";
import "./chunk-DLCS5LTK.js";
import "./chunk-CGGRE6NF.js";
import "./chunk-WW23YH7P.js";
export {
  actionLogger,
  annotate,
  failStep,
  publishReport,
  readActionInputs,
  runAction,
  runGateModule
};
