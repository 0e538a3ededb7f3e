import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  secretScan
} from "./chunk-QRQAX3B5.js";
import "./chunk-UT4UKEQE.js";
import "./chunk-TR6Y4ADN.js";
import "./chunk-6ZM6JJ4R.js";
import "./chunk-V4ZQTVQO.js";
import "./chunk-SUR47R4M.js";
import "./chunk-RQXU6MSG.js";
import "./chunk-4MPJ5CEH.js";
import "./chunk-IZSMAHAY.js";
import "./chunk-EYPTBNW2.js";
import "./chunk-CFSFGSYM.js";
import "./chunk-MJ7T7JTD.js";
import "./chunk-6OF2CFES.js";
import "./chunk-CVLCJVI7.js";
import "./chunk-BXRRTBT6.js";
import "./chunk-CGGRE6NF.js";
import "./chunk-WW23YH7P.js";
export {
  secretScan
};
