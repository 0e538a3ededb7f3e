import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  migrationCheck,
  parseRuleSeverities
} from "./chunk-64KNUJAW.js";
import "./chunk-HQOJW264.js";
import "./chunk-UC5Q3KIK.js";
import "./chunk-SBOPSLHH.js";
import "./chunk-BYUFD6SG.js";
import "./chunk-IZSMAHAY.js";
import "./chunk-EYPTBNW2.js";
import "./chunk-P224PUG6.js";
import "./chunk-72I7UR5T.js";
import "./chunk-MJ7T7JTD.js";
import "./chunk-FWQDJEAF.js";
import "./chunk-T5YKWYUI.js";
import "./chunk-DLCS5LTK.js";
import "./chunk-CGGRE6NF.js";
import "./chunk-WW23YH7P.js";
export {
  migrationCheck,
  parseRuleSeverities
};
