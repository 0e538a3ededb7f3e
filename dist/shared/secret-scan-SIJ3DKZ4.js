import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  secretScan
} from "./chunk-PKH5S7E4.js";
import "./chunk-3VIRBBWJ.js";
import "./chunk-ETT7CS5G.js";
import "./chunk-3X3VLQ3V.js";
import "./chunk-BH7TPQAM.js";
import "./chunk-XJ4BXGMH.js";
import "./chunk-RCWRH4YD.js";
import "./chunk-AMDM76X5.js";
import "./chunk-DXK3HLOF.js";
import "./chunk-GAYLG3KF.js";
import "./chunk-KPZMWBA4.js";
import "./chunk-IZSMAHAY.js";
import "./chunk-EYPTBNW2.js";
import "./chunk-2TI3BDV6.js";
import "./chunk-MJ7T7JTD.js";
import "./chunk-FWQDJEAF.js";
import "./chunk-T5YKWYUI.js";
import "./chunk-DLCS5LTK.js";
import "./chunk-CGGRE6NF.js";
import "./chunk-WW23YH7P.js";
export {
  secretScan
};
