import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  CHECKS,
  checkByName
} from "./chunk-3GS7WYP6.js";
import "./chunk-TGZA7IUD.js";
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
import "./chunk-DDEOVENK.js";
import "./chunk-VG7RYU63.js";
import "./chunk-YB2NSLZK.js";
import "./chunk-NIFEQW4C.js";
import "./chunk-64KNUJAW.js";
import "./chunk-HQOJW264.js";
import "./chunk-UC5Q3KIK.js";
import "./chunk-SBOPSLHH.js";
import "./chunk-BYUFD6SG.js";
import "./chunk-IZSMAHAY.js";
import "./chunk-EYPTBNW2.js";
import "./chunk-EINRAVC3.js";
import "./chunk-O2NPYISY.js";
import "./chunk-VXDB7T7T.js";
import "./chunk-P224PUG6.js";
import "./chunk-ZUFQHJAI.js";
import "./chunk-FON7DSZJ.js";
import "./chunk-MYRYNTSF.js";
import "./chunk-XJ7Y7GIU.js";
import "./chunk-TPSHQTVP.js";
import "./chunk-72I7UR5T.js";
import "./chunk-IJEZSMNN.js";
import "./chunk-E3YV7GN6.js";
import "./chunk-3ROBTW4Y.js";
import "./chunk-M7BUO5DP.js";
import "./chunk-74U225BG.js";
import "./chunk-2TI3BDV6.js";
import "./chunk-MJ7T7JTD.js";
import "./chunk-FWQDJEAF.js";
import "./chunk-T5YKWYUI.js";
import "./chunk-DLCS5LTK.js";
import "./chunk-CGGRE6NF.js";
import "./chunk-WW23YH7P.js";
export {
  CHECKS,
  checkByName
};
