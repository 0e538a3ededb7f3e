import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  secretScan
} from "./chunk-TGZA7IUD.js";
import "./chunk-3VIRBBWJ.js";
import "./chunk-XKTGZ325.js";
import "./chunk-32NTKJ4G.js";
import "./chunk-DFROXESS.js";
import "./chunk-TKMGLBGI.js";
import "./chunk-SZ6PHTMO.js";
import "./chunk-VJHTZG3O.js";
import "./chunk-DXK3HLOF.js";
import "./chunk-3MGFZVD4.js";
import "./chunk-HWAZG4DL.js";
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
