import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  secretScan
} from "./chunk-Y3BOXR3U.js";
import "./chunk-UT4UKEQE.js";
import "./chunk-XP6JBGKD.js";
import "./chunk-JL6ZM7GX.js";
import "./chunk-FZU6WKV3.js";
import "./chunk-5YOWDUNG.js";
import "./chunk-Y22U3BHL.js";
import "./chunk-5ZRO7RQP.js";
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
