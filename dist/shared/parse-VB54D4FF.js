import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  LineIndex,
  loadParser,
  parseSql,
  sqlComments
} from "./chunk-47F3FQH4.js";
import "./chunk-OS5SADBN.js";
export {
  LineIndex,
  loadParser,
  parseSql,
  sqlComments
};
