import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  CHECKS,
  checkByName
} from "./chunk-3YJSPOI7.js";
import "./chunk-PGWUJUTI.js";
import "./chunk-UT4UKEQE.js";
import "./chunk-G7X7W3YS.js";
import "./chunk-WXPOP5RB.js";
import "./chunk-6S7VE27P.js";
import "./chunk-MB3FMXI4.js";
import "./chunk-CCZST67G.js";
import "./chunk-LLUSUL5P.js";
import "./chunk-YB2NSLZK.js";
import "./chunk-NIFEQW4C.js";
import "./chunk-A3TIQ5W6.js";
import "./chunk-HQOJW264.js";
import "./chunk-UC5Q3KIK.js";
import "./chunk-SBOPSLHH.js";
import "./chunk-BYUFD6SG.js";
import "./chunk-EYPTBNW2.js";
import "./chunk-IZSMAHAY.js";
import "./chunk-AIX3QS2E.js";
import "./chunk-5NXXYVII.js";
import "./chunk-VEERTSOR.js";
import "./chunk-P224PUG6.js";
import "./chunk-X76WURX4.js";
import "./chunk-2PVK3VWW.js";
import "./chunk-FVKKUKPZ.js";
import "./chunk-A3IYZFCJ.js";
import "./chunk-MI2HC6F2.js";
import "./chunk-IJEZSMNN.js";
import "./chunk-E3YV7GN6.js";
import "./chunk-3ROBTW4Y.js";
import "./chunk-JNS5TNZD.js";
import "./chunk-74U225BG.js";
import "./chunk-CFSFGSYM.js";
import "./chunk-MJ7T7JTD.js";
import "./chunk-6OF2CFES.js";
import "./chunk-CVLCJVI7.js";
import "./chunk-BXRRTBT6.js";
import "./chunk-CGGRE6NF.js";
import "./chunk-WW23YH7P.js";
export {
  CHECKS,
  checkByName
};
