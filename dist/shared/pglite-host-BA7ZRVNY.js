import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  PGLITE_EXTENSIONS,
  PgliteHost,
  readTar
} from "./chunk-HQOJW264.js";
import "./chunk-WW23YH7P.js";
export {
  PGLITE_EXTENSIONS,
  PgliteHost,
  readTar
};
