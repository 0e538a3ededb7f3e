import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  UserError,
  errorMessage
} from "./chunk-CGGRE6NF.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/http/ca-file.ts
init_define_LAUNCHGATE_GATES();
import { readFileSync } from "node:fs";
import path from "node:path";
function readCaFile(cwd, file) {
  if (!file) return void 0;
  try {
    return readFileSync(path.resolve(cwd, file), "utf8");
  } catch (err) {
    throw new UserError(`Input 'ca-file': cannot read ${file}: ${errorMessage(err)}`);
  }
}

export {
  readCaFile
};
