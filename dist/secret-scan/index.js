import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  MIN_CORES_FOR_THREADS,
  READER_ENV,
  THREADS_ENV
} from "../shared/chunk-YNQN2ATZ.js";
import {
  startReaderThreadEarly
} from "../shared/chunk-YPYUTHEH.js";
import "../shared/chunk-6LMPP5UH.js";
import "../shared/chunk-EYPTBNW2.js";
import {
  init_define_LAUNCHGATE_GATES
} from "../shared/chunk-WW23YH7P.js";

// gate:secret-scan
init_define_LAUNCHGATE_GATES();

// src/checks/secret-scan/prestart.ts
init_define_LAUNCHGATE_GATES();
import os from "node:os";
function prestart(env = process.env) {
  const input = (name) => (env[`INPUT_${name}`] ?? "").trim().toLowerCase();
  if (input("URLS") || input("MODE") === "tree" || !["", "builtin"].includes(input("ENGINE"))) return;
  if (env[READER_ENV]?.trim() === "inline") return;
  const threads = env[THREADS_ENV]?.trim();
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  if (threads ? threads !== "1" : cores >= MIN_CORES_FOR_THREADS) return;
  startReaderThreadEarly();
}

// gate:secret-scan
prestart();
var gate = await import("../shared/secret-scan-VB333IQY.js");
var { runGateModule } = await import("../shared/action-host-G67FXSH5.js");
await runGateModule("secret-scan", gate);
