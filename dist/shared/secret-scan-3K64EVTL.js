import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  secretScan
} from "./chunk-WFCPRH3E.js";
import "./chunk-3VIRBBWJ.js";
import "./chunk-PYJDM7WT.js";
import "./chunk-H5LPVRLH.js";
import "./chunk-C6MMFR2T.js";
import "./chunk-HM6FDAXQ.js";
import "./chunk-MOPG4EBF.js";
import "./chunk-FGC52OFE.js";
import "./chunk-DXK3HLOF.js";
import "./chunk-YPYUTHEH.js";
import "./chunk-6LMPP5UH.js";
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
