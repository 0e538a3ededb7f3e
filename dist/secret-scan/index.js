import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  READER_ENV,
  THREADS_ENV,
  defaultHistoryThreads
} from "../shared/chunk-DXK3HLOF.js";
import {
  startReaderThreadEarly
} from "../shared/chunk-3MGFZVD4.js";
import "../shared/chunk-HWAZG4DL.js";
import "../shared/chunk-EYPTBNW2.js";
import {
  init_define_LAUNCHGATE_GATES
} from "../shared/chunk-WW23YH7P.js";

// gate:secret-scan
init_define_LAUNCHGATE_GATES();

// src/checks/secret-scan/prestart.ts
init_define_LAUNCHGATE_GATES();
function prestart(env = process.env) {
  const input = (name) => (env[`INPUT_${name}`] ?? "").trim().toLowerCase();
  if (input("URLS") || input("MODE") === "tree" || !["", "builtin"].includes(input("ENGINE"))) return;
  if (env[READER_ENV]?.trim() === "inline") return;
  const threads = env[THREADS_ENV]?.trim();
  if (threads ? threads !== "1" : defaultHistoryThreads() > 1) return;
  startReaderThreadEarly();
}

// gate:secret-scan
prestart();
var gate = await import("../shared/secret-scan-LHSTGOUP.js");
var { runGateModule } = await import("../shared/action-host-G67FXSH5.js");
await runGateModule("secret-scan", gate);
