import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  readEvent,
  writeJsonReport
} from "./chunk-OW3T3T5C.js";
import {
  executeCheck,
  hostServices,
  sanitizeLogText
} from "./chunk-4S7HIEKG.js";
import {
  debug,
  error,
  getInput,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-FGZYWXOD.js";
import {
  SecretRegistry
} from "./chunk-2TI3BDV6.js";
import {
  isCheckDefinition
} from "./chunk-MJ7T7JTD.js";
import {
  COMMON_INPUTS
} from "./chunk-FWQDJEAF.js";
import {
  reportMarkdown,
  truncateForSummary
} from "./chunk-DLCS5LTK.js";
import {
  UserError,
  errorMessage
} from "./chunk-CGGRE6NF.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/hosts/action-host.ts
init_define_LAUNCHGATE_GATES();
import path from "node:path";

// src/core/annotations.ts
init_define_LAUNCHGATE_GATES();
var ANNOTATION_LIMIT_PER_LEVEL = 10;
function selectAnnotations(findings, limit = ANNOTATION_LIMIT_PER_LEVEL) {
  const used = { error: 0, warning: 0, notice: 0 };
  const annotate2 = [];
  for (const f of findings) {
    if (used[f.severity] < limit) {
      used[f.severity]++;
      annotate2.push(f);
    }
  }
  return { annotate: annotate2, left: findings.length - annotate2.length };
}

// src/hosts/pr-comment.ts
init_define_LAUNCHGATE_GATES();
var MAX_COMMENT = 65e3;
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
async function upsertPrComment(opts) {
  const pr = opts.event.payload.pull_request?.number ?? opts.event.payload.issue?.number;
  if (!pr || !opts.repository) {
    opts.log.warning(`pr-comment is on, but this ${opts.event.name} run has no pull request to comment on.`);
    return;
  }
  if (!opts.token) {
    opts.log.warning("pr-comment is on, but no github-token was given; skipping the comment.");
    return;
  }
  const [owner, repo] = opts.repository.split("/");
  const marker = `<!-- launchgate:${opts.check} -->`;
  let body = opts.secrets.redact(`${marker}
${opts.body}`);
  if (body.length > MAX_COMMENT) body = body.slice(0, MAX_COMMENT) + "\n\n_(cut: the job summary has the rest)_";
  try {
    const github = await import("./github-JF6GMZJV.js");
    const octokit = github.getOctokit(opts.token);
    const me = await octokit.rest.users.getAuthenticated().then(
      (res) => res.data.login,
      () => ACTIONS_BOT_LOGIN
    );
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pr,
      per_page: 100
    });
    const mine = comments.find((c) => c.body?.includes(marker) && c.user?.login === me);
    if (mine) {
      try {
        await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
        return;
      } catch (err) {
        opts.log.warning(`Could not update comment ${mine.id} (${errorMessage(err)}); posting a new one.`);
      }
    }
    await octokit.rest.issues.createComment({ owner, repo, issue_number: pr, body });
  } catch (err) {
    opts.log.warning(
      `Could not post the pull-request comment (a fork PR or a token without pull-requests: write?): ${errorMessage(err)}`
    );
  }
}

// src/hosts/action-host.ts
var actionLogger = {
  info: (m) => info(sanitizeLogText(m)),
  warning: (m) => warning(m),
  debug: (m) => debug(m)
};
function readActionInputs(specs) {
  const raw = {};
  for (const name of Object.keys(specs)) raw[name] = getInput(name);
  return raw;
}
function toWorkspacePath(file, cwd, workspace) {
  const rel = path.relative(workspace, path.resolve(cwd, file));
  return rel.startsWith("..") ? file : rel.split(path.sep).join("/");
}
function annotate(findings, cwd, workspace) {
  const { annotate: chosen, left } = selectAnnotations(findings);
  for (const f of chosen) {
    const props = { title: `${f.ruleId}: ${f.title}` };
    if (f.file) {
      props.file = toWorkspacePath(f.file, cwd, workspace);
      if (f.line) {
        props.startLine = f.line;
        props.endLine = f.endLine ?? f.line;
        if (f.column && props.endLine === f.line) props.startColumn = f.column;
      }
    }
    const message = f.fingerprint ? `${f.message}
Fingerprint: ${f.fingerprint}` : f.message;
    if (f.severity === "error") error(message, props);
    else if (f.severity === "warning") warning(message, props);
    else notice(message, props);
  }
  return left;
}
async function publishReport(report, opts) {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const left = annotate(report.findings, opts.cwd, workspace);
  const markdown = opts.secrets.redact(reportMarkdown(report, { notAnnotated: left }));
  const reportPath = writeJsonReport(report.check, report);
  setOutput("result", report.result);
  setOutput("errors", report.counts.errors);
  setOutput("warnings", report.counts.warnings);
  setOutput("report", reportPath);
  for (const [name, value] of Object.entries(report.outputs ?? {})) setOutput(name, opts.secrets.redact(value));
  if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(truncateForSummary(markdown)).write();
  if (opts.prComment) {
    await upsertPrComment({
      token: opts.token,
      check: report.check,
      body: markdown,
      event: opts.event,
      repository: process.env.GITHUB_REPOSITORY,
      log: actionLogger,
      secrets: opts.secrets
    });
  }
}
async function runAction(def) {
  const secrets = new SecretRegistry();
  secrets.onAdd((value) => setSecret(value));
  try {
    const event = readEvent();
    const raw = readActionInputs({ ...COMMON_INPUTS, ...def.inputs });
    const { report, common, cwd } = await executeCheck(def, {
      raw,
      where: (name) => `Input '${name}'`,
      baseDir: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      env: process.env,
      event,
      log: actionLogger,
      secrets,
      inActions: true,
      services: hostServices(process.env, secrets),
      keepTempDir: true
    });
    await publishReport(report, {
      cwd,
      token: String(raw["github-token"] ?? ""),
      prComment: common["pr-comment"] === true,
      event,
      secrets
    });
    if (report.result === "fail") {
      const { errors, warnings } = report.counts;
      setFailed(
        `launchgate ${def.name} failed: ${errors} error(s), ${warnings} warning(s) (fail-on: ${report.failOn}).`
      );
    }
  } catch (err) {
    failStep(err, secrets);
  }
}
function failStep(err, secrets) {
  if (!(err instanceof UserError)) debug(err instanceof Error && err.stack ? err.stack : String(err));
  const lines = secrets.redact(errorMessage(err)).split("\n");
  for (const line of lines.slice(0, -1)) error(line);
  setFailed(lines[lines.length - 1]);
}
async function runGateModule(name, module) {
  const def = Object.values(module).find((v) => isCheckDefinition(v) && v.name === name);
  if (!def || !isCheckDefinition(def)) {
    setFailed(`launchgate: src/checks/${name}/index.ts exports no check named '${name}'.`);
    return;
  }
  await runAction(def);
}

export {
  actionLogger,
  readActionInputs,
  annotate,
  publishReport,
  runAction,
  failStep,
  runGateModule
};
