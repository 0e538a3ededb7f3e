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
} from "./chunk-J3T33S4I.js";
import "./chunk-CBQ5V3XA.js";
import "./chunk-IECWWCNW.js";
import "./chunk-3PNGOSCQ.js";
import "./chunk-Q3S2AIDP.js";
import "./chunk-BRXJLU2M.js";
import "./chunk-OS5SADBN.js";
export {
  MAP_FORMAT_VERSION,
  OWNER_ROLES,
  OwnersSchema,
  buildLaunchMap,
  readOwners
};
