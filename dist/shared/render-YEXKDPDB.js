import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  changesMarkdown,
  launchMapJson,
  launchMapMarkdown,
  rawMarkdown
} from "./chunk-CPIU5C7B.js";
import "./chunk-DLCS5LTK.js";
import "./chunk-WW23YH7P.js";
export {
  changesMarkdown,
  launchMapJson,
  launchMapMarkdown,
  rawMarkdown
};
