import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/core/bundled-entry.ts
init_define_LAUNCHGATE_GATES();
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
function bundledEntry(callerUrl, file) {
  const here = path.dirname(fileURLToPath(callerUrl));
  for (const candidate of [path.join(here, file), path.join(here, "..", "shared", file)])
    if (existsSync(candidate)) return candidate;
  return void 0;
}

export {
  bundledEntry
};
