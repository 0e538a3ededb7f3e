#!/usr/bin/env node
import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  discardEarlyEngine,
  prestartEngine
} from "../shared/chunk-SBOPSLHH.js";
import "../shared/chunk-EYPTBNW2.js";
import {
  init_define_LAUNCHGATE_GATES
} from "../shared/chunk-WW23YH7P.js";

// src/cli/index.ts
init_define_LAUNCHGATE_GATES();

// src/cli/compile-cache.ts
init_define_LAUNCHGATE_GATES();
import { lstatSync, mkdirSync } from "node:fs";
import module from "node:module";
import os from "node:os";
import path from "node:path";
function privateCacheDir(tmp = os.tmpdir()) {
  const uid = process.getuid?.();
  const dir = path.join(tmp, `launchgate-compile-cache${uid === void 0 ? "" : `-${uid}`}`);
  try {
    mkdirSync(dir, { mode: 448 });
  } catch (err) {
    if (err?.code !== "EEXIST") return void 0;
  }
  try {
    const st = lstatSync(dir);
    if (!st.isDirectory()) return void 0;
    if (uid !== void 0 && (st.uid !== uid || (st.mode & 63) !== 0)) return void 0;
    return dir;
  } catch {
    return void 0;
  }
}
function enableCompileCache(env = process.env) {
  if (env.NODE_DISABLE_COMPILE_CACHE || typeof module.enableCompileCache !== "function") return void 0;
  const directory = env.NODE_COMPILE_CACHE ? void 0 : privateCacheDir();
  if (!env.NODE_COMPILE_CACHE && !directory) return void 0;
  try {
    return module.enableCompileCache(directory).directory;
  } catch {
    return void 0;
  }
}

// src/cli/index.ts
enableCompileCache();
var argv = process.argv.slice(2);
if ((argv[0] === "migration-check" || argv[0] === "migrations") && !argv.includes("--help") && !argv.includes("-h"))
  prestartEngine();
var { cli } = await import("../shared/main-ZWILRITW.js");
var code = 1;
try {
  code = await cli(argv, {
    out: (text) => process.stdout.write(text + "\n"),
    err: (text) => process.stderr.write(text + "\n"),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY)
  });
} finally {
  discardEarlyEngine();
}
process.exitCode = code;
