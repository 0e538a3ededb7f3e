import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  COMMON_INPUTS,
  SecretRegistry,
  UserError,
  debug,
  error,
  errorMessage,
  executeCheck,
  getInput,
  getOctokit,
  info,
  notice,
  readEvent,
  reportMarkdown,
  setFailed,
  setOutput,
  setSecret,
  summary,
  truncateForSummary,
  warning,
  writeJsonReport
} from "./chunk-J37DTVOO.js";

// src/core/action-host.ts
import path from "node:path";

// src/core/annotations.ts
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

// src/core/pr-comment.ts
var MAX_COMMENT = 65e3;
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
  let body = `${marker}
${opts.body}`;
  if (body.length > MAX_COMMENT) body = body.slice(0, MAX_COMMENT) + "\n\n_(cut: the job summary has the rest)_";
  try {
    const octokit = getOctokit(opts.token);
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pr,
      per_page: 100
    });
    const mine = comments.find((c) => c.body?.includes(marker));
    if (mine) await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
    else await octokit.rest.issues.createComment({ owner, repo, issue_number: pr, body });
  } catch (err) {
    opts.log.warning(
      `Could not post the pull-request comment (a fork PR or a token without pull-requests: write?): ${errorMessage(err)}`
    );
  }
}

// src/core/action-host.ts
var actionLogger = {
  info: (m) => info(m),
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
  const markdown = reportMarkdown(report, { notAnnotated: left });
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
      log: actionLogger
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
      inActions: true
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
    if (!(err instanceof UserError)) debug(err instanceof Error && err.stack ? err.stack : String(err));
    setFailed(secrets.redact(errorMessage(err)));
  }
}

export {
  actionLogger,
  annotate,
  runAction
};
