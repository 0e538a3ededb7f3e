import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  CHECKS,
  checkByName
} from "./chunk-H6IZGQZA.js";
import "./chunk-Y3BOXR3U.js";
import "./chunk-UT4UKEQE.js";
import "./chunk-XP6JBGKD.js";
import "./chunk-JL6ZM7GX.js";
import "./chunk-FZU6WKV3.js";
import "./chunk-5YOWDUNG.js";
import "./chunk-Y22U3BHL.js";
import "./chunk-5ZRO7RQP.js";
import "./chunk-UZ4MSQCK.js";
import "./chunk-LH5I2S44.js";
import "./chunk-YB2NSLZK.js";
import "./chunk-NIFEQW4C.js";
import "./chunk-YHJK6ZTF.js";
import "./chunk-ZKXTPOLA.js";
import "./chunk-UC5Q3KIK.js";
import "./chunk-RTOTGCNC.js";
import "./chunk-BYUFD6SG.js";
import "./chunk-IZSMAHAY.js";
import "./chunk-EYPTBNW2.js";
import "./chunk-AIX3QS2E.js";
import "./chunk-5NXXYVII.js";
import "./chunk-VEERTSOR.js";
import "./chunk-P224PUG6.js";
import "./chunk-HL3X6RZY.js";
import "./chunk-ZXIOTY4J.js";
import "./chunk-FVKKUKPZ.js";
import "./chunk-A3IYZFCJ.js";
import "./chunk-NQ5CMLVZ.js";
import "./chunk-72I7UR5T.js";
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
