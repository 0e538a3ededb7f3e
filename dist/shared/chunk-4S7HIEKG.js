import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  COMMON_INPUTS,
  checkInputs,
  registerSecretInputs
} from "./chunk-FWQDJEAF.js";
import {
  maskCredentialShapes
} from "./chunk-T5YKWYUI.js";
import {
  buildReport
} from "./chunk-DLCS5LTK.js";
import {
  UserError,
  errorMessage
} from "./chunk-CGGRE6NF.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/core/escape.ts
init_define_LAUNCHGATE_GATES();
var COMMAND_START = /^([\s\u0085\u001c-\u001f]*):(?=:)/;
function sanitizeLogText(text) {
  return text.split(/\r\n|\r|\n/).map((line) => line.replace(COMMAND_START, "$1:\u200B").replace(/##\[/g, "#\u200B#[")).join("\n");
}

// src/core/execute.ts
init_define_LAUNCHGATE_GATES();
import { mkdtempSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import os from "node:os";
function prepareCheck(def, raw, where, secrets) {
  registerSecretInputs({ ...COMMON_INPUTS, ...def.inputs }, raw, secrets);
  const common = checkInputs(COMMON_INPUTS, raw, where);
  const own = checkInputs(def.inputs, raw, where);
  const errors = [...common.errors, ...own.errors];
  if (errors.length) throw new UserError(errors.join("\n"));
  return { def, common: common.values, inputs: own.values };
}
function couldNotCheck(err) {
  return {
    findings: [{ ruleId: "could-not-check", severity: "error", title: "Could not check", message: errorMessage(err) }],
    metrics: {}
  };
}
async function executeCheck(def, host) {
  return runPrepared(prepareCheck(def, host.raw, host.where, host.secrets), host);
}
async function runPrepared(prepared, host, userErrorsAsFindings = false) {
  const { def, common, inputs } = prepared;
  const started = performance.now();
  const cwd = path.resolve(host.baseDir, common["working-directory"]);
  let tempDir;
  let result;
  try {
    if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory())
      throw new UserError(
        `${host.where("working-directory")}: '${maskCredentialShapes(common["working-directory"])}' is not a folder that exists (resolved to ${maskCredentialShapes(cwd)}).`
      );
    tempDir = mkdtempSync(path.join(host.tempRoot ?? host.env.RUNNER_TEMP ?? os.tmpdir(), `launchgate-${def.name}-`));
    const ctx = {
      cwd,
      env: host.env,
      event: host.event,
      secrets: host.secrets,
      log: host.log,
      exec: (command, args, options) => host.services.exec(command, args, { cwd, ...options }),
      tempDir,
      inActions: host.inActions,
      installTool: (request) => host.services.installTool(request, host.log),
      github: host.services.github(String(host.raw["github-token"] ?? "") || host.env.GITHUB_TOKEN || "")
    };
    result = await def.run(inputs, ctx);
  } catch (err) {
    if (err instanceof UserError && !userErrorsAsFindings) throw err;
    if (!(err instanceof UserError)) host.log.debug(err instanceof Error && err.stack ? err.stack : String(err));
    result = couldNotCheck(err);
  } finally {
    if (tempDir && !host.keepTempDir) rmSync(tempDir, { recursive: true, force: true });
  }
  const report = buildReport(def.name, result, common["fail-on"], performance.now() - started);
  return { report: host.secrets.redactDeep(report), common, cwd };
}

// src/hosts/services.ts
init_define_LAUNCHGATE_GATES();

// src/hosts/exec.ts
init_define_LAUNCHGATE_GATES();
async function execCaptured(command, args, options = {}) {
  const { getExecOutput } = await import("./exec-2ZTAHXCM.js");
  const result = await getExecOutput(command, args, {
    cwd: options.cwd,
    input: options.input === void 0 ? void 0 : Buffer.from(options.input),
    env: options.env ? { ...process.env, ...options.env } : void 0,
    ignoreReturnCode: options.ignoreReturnCode ?? false,
    silent: true
  });
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}

// src/hosts/github-api.ts
init_define_LAUNCHGATE_GATES();
function githubFromToken(token, env, secrets) {
  const repository = env.GITHUB_REPOSITORY;
  if (!token || !repository || !repository.includes("/")) return void 0;
  const [owner, repo] = repository.split("/");
  let octokit;
  return {
    owner,
    repo,
    runId: env.GITHUB_RUN_ID ? Number(env.GITHUB_RUN_ID) : void 0,
    async request(route, params = {}) {
      octokit ??= import("./github-JF6GMZJV.js").then(
        (github) => github.getOctokit(token, { baseUrl: env.GITHUB_API_URL || "https://api.github.com" })
      );
      const res = await (await octokit).request(route, secrets.redactDeep({ owner, repo, ...params }));
      return { status: res.status, data: res.data };
    }
  };
}

// src/hosts/services.ts
function hostServices(env, secrets) {
  return {
    exec: execCaptured,
    installTool: async (request, log) => (await import("./tools-LVQOWQAH.js")).installTool(request, log),
    github: (token) => githubFromToken(token, env, secrets)
  };
}

export {
  sanitizeLogText,
  prepareCheck,
  executeCheck,
  runPrepared,
  hostServices
};
