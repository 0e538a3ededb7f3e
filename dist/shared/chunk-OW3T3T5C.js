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

// src/hosts/event.ts
init_define_LAUNCHGATE_GATES();
import { readFileSync } from "node:fs";
function readEvent(env = process.env) {
  const name = env.GITHUB_EVENT_NAME ?? "local";
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return { name, payload: {} };
  try {
    return { name, payload: JSON.parse(readFileSync(file, "utf8")) };
  } catch (err) {
    throw new UserError(`Could not read the event file GITHUB_EVENT_PATH=${file}: ${errorMessage(err)}`);
  }
}

// src/hosts/report-file.ts
init_define_LAUNCHGATE_GATES();
import { closeSync, constants, mkdtempSync, openSync, writeFileSync } from "node:fs";
import path from "node:path";
import os from "node:os";
function writeFileNoFollow(file, text, opts = {}) {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | (opts.exclusive ? constants.O_EXCL : constants.O_TRUNC);
  let fd;
  try {
    fd = openSync(file, flags, opts.mode ?? 420);
  } catch (err) {
    const code = err.code;
    if (code === "ELOOP") throw new UserError(`${file} is a symbolic link; launchgate does not write through links.`);
    throw err;
  }
  try {
    writeFileSync(fd, text);
  } finally {
    closeSync(fd);
  }
}
function writeJsonReport(name, report, root = process.env.RUNNER_TEMP || os.tmpdir()) {
  const dir = mkdtempSync(path.join(root, "launchgate-"));
  const file = path.join(dir, `${name}.json`);
  writeFileNoFollow(file, JSON.stringify(report, null, 2) + "\n", { exclusive: true, mode: 384 });
  return file;
}

export {
  readEvent,
  writeFileNoFollow,
  writeJsonReport
};
