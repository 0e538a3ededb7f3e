import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/secret-scan/git-process.ts
init_define_LAUNCHGATE_GATES();
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
function startGit(cwd, args, options = {}) {
  const child = spawn("git", args, {
    cwd,
    env: options.env,
    stdio: [options.stdin === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
  });
  let stderr = "";
  child.stderr.on("data", (d) => stderr = (stderr + d).slice(-4096));
  if (options.stdin !== void 0) {
    child.stdin.on("error", () => void 0);
    if (options.stdin !== "pipe") child.stdin.end(options.stdin);
  }
  const done = new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `git ${args.find((a) => !a.startsWith("-") && !a.includes("=")) ?? ""} failed (${code === null ? `signal ${signal}` : `exit ${code}`}): ${stderr.trim().split("\n").slice(-3).join(" ")}`
          )
        );
    });
  });
  done.catch(() => void 0);
  return {
    child,
    done,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    }
  };
}
async function gitOutput(cwd, args) {
  const git = startGit(cwd, args);
  const out = [];
  git.child.stdout.on("data", (d) => out.push(d));
  await git.done;
  return Buffer.concat(out).toString("utf8");
}
var makeEmptyDir = () => mkdtempSync(path.join(os.tmpdir(), "launchgate-git-"));
async function neutralGit(repoCwd, emptyDir) {
  const gitDir = (await gitOutput(repoCwd, ["rev-parse", "--absolute-git-dir"])).trim();
  const empty = emptyDir ?? makeEmptyDir();
  const env = {
    ...process.env,
    GIT_DIR: gitDir,
    GIT_WORK_TREE: empty,
    GIT_INDEX_FILE: path.join(empty, "no-index")
  };
  return { cwd: empty, env, dispose: () => emptyDir ? void 0 : rmSync(empty, { recursive: true, force: true }) };
}

export {
  startGit,
  gitOutput,
  makeEmptyDir,
  neutralGit
};
