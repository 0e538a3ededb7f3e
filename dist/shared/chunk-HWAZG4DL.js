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
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
function startGit(cwd, args, options = {}) {
  const child = spawn("git", args, {
    cwd,
    env: options.env,
    stdio: [options.stdin === void 0 ? "ignore" : "pipe", options.stdout ?? "pipe", "pipe"]
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
var FILE_READ_BYTES = 1024 * 1024;
var FILE_POLL_MS = 1;
function startGitToFile(cwd, args, file, options = {}) {
  const fd = openSync(file, "w+");
  let git;
  try {
    git = startGit(cwd, args, { ...options, stdout: fd });
  } catch (err) {
    closeSync(fd);
    throw err;
  }
  let exited = false;
  git.done.then(
    () => exited = true,
    () => exited = true
  );
  let open = true;
  let reading = false;
  let stopped = false;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  async function* output() {
    let at = 0;
    reading = true;
    const buffer = Buffer.allocUnsafeSlow(FILE_READ_BYTES);
    try {
      for (; ; ) {
        if (stopped) return;
        const last = exited;
        const n = readSync(fd, buffer, 0, buffer.length, at);
        if (n > 0) {
          at += n;
          yield n === buffer.length ? buffer : buffer.subarray(0, n);
        } else if (last) return;
        else await new Promise((resolve) => setTimeout(resolve, FILE_POLL_MS));
      }
    } finally {
      close();
    }
  }
  return {
    ...git,
    file,
    output,
    stop: () => {
      stopped = true;
      git.stop();
      if (!reading) close();
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
async function neutralGit(repoCwd, emptyDir, knownGitDir) {
  const gitDir = knownGitDir ?? (await gitOutput(repoCwd, ["rev-parse", "--absolute-git-dir"])).trim();
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
  startGitToFile,
  gitOutput,
  makeEmptyDir,
  neutralGit
};
