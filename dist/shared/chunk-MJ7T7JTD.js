import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/core/check.ts
init_define_LAUNCHGATE_GATES();
function defineCheck(def) {
  return def;
}
function isCheckDefinition(value) {
  const v = value;
  return typeof v === "object" && v !== null && typeof v.name === "string" && typeof v.run === "function" && !!v.inputs;
}

export {
  defineCheck,
  isCheckDefinition
};
