import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/core/errors.ts
init_define_LAUNCHGATE_GATES();
var UserError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UserError";
  }
};
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}

export {
  UserError,
  errorMessage
};
