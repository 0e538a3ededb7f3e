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
} from "./chunk-VYLLJNPD.js";
import "./chunk-T7COQQE4.js";
import "./chunk-O2NPYISY.js";
import "./chunk-M7BUO5DP.js";
import "./chunk-FWQDJEAF.js";
import "./chunk-T5YKWYUI.js";
import "./chunk-DLCS5LTK.js";
import "./chunk-CGGRE6NF.js";
import "./chunk-WW23YH7P.js";
export {
  MAP_FORMAT_VERSION,
  OWNER_ROLES,
  OwnersSchema,
  buildLaunchMap,
  readOwners
};
