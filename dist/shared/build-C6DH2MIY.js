import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  MAP_FORMAT_VERSION,
  OWNER_ROLES,
  OwnersSchema,
  buildLaunchMap,
  readOwners
} from "./chunk-6R2KG5LJ.js";
import "./chunk-NTGQTPN2.js";
import "./chunk-5NXXYVII.js";
import "./chunk-JNS5TNZD.js";
import "./chunk-6OF2CFES.js";
import "./chunk-CVLCJVI7.js";
import "./chunk-BXRRTBT6.js";
import "./chunk-CGGRE6NF.js";
import "./chunk-WW23YH7P.js";
export {
  MAP_FORMAT_VERSION,
  OWNER_ROLES,
  OwnersSchema,
  buildLaunchMap,
  readOwners
};
