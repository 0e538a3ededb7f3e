import * as core from '@actions/core';
import path from 'node:path';
import type { CheckDefinition, Logger, RunEvent } from './check.js';
import { readEvent } from './event.js';
import { UserError, errorMessage } from './errors.js';
import { COMMON_INPUTS, type InputSpecs } from './inputs.js';
import { SecretRegistry } from './secrets.js';
import { sanitizeLogText } from './escape.js';
import { executeCheck } from './execute.js';
import { selectAnnotations } from './annotations.js';
import { reportMarkdown, truncateForSummary } from './markdown.js';
import { writeJsonReport } from './report-file.js';
import { upsertPrComment } from './pr-comment.js';
import type { Finding, Report } from './finding.js';

export const actionLogger: Logger = {
  info: (m) => core.info(sanitizeLogText(m)),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
};

/** Action inputs as the runner passes them (INPUT_<NAME>), by spec name. */
export function readActionInputs(specs: InputSpecs): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const name of Object.keys(specs)) raw[name] = core.getInput(name);
  return raw;
}

/** Finding paths are relative to the check's directory; annotations want them relative to the repository root. */
function toWorkspacePath(file: string, cwd: string, workspace: string): string {
  const rel = path.relative(workspace, path.resolve(cwd, file));
  return rel.startsWith('..') ? file : rel.split(path.sep).join('/');
}

export function annotate(findings: Finding[], cwd: string, workspace: string): number {
  const { annotate: chosen, left } = selectAnnotations(findings);
  for (const f of chosen) {
    const props: core.AnnotationProperties = { title: `${f.ruleId}: ${f.title}` };
    if (f.file) {
      props.file = toWorkspacePath(f.file, cwd, workspace);
      if (f.line) {
        props.startLine = f.line;
        props.endLine = f.endLine ?? f.line;
        if (f.column && props.endLine === f.line) props.startColumn = f.column;
      }
    }
    const message = f.fingerprint ? `${f.message}\nFingerprint: ${f.fingerprint}` : f.message;
    if (f.severity === 'error') core.error(message, props);
    else if (f.severity === 'warning') core.warning(message, props);
    else core.notice(message, props);
  }
  return left;
}

/** Everything a step reports: annotations, summary, JSON report, outputs, optional PR comment. */
export async function publishReport(
  report: Report,
  opts: { cwd: string; token: string; prComment: boolean; event: RunEvent; secrets: SecretRegistry },
): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const left = annotate(report.findings, opts.cwd, workspace);
  const markdown = reportMarkdown(report, { notAnnotated: left });
  const reportPath = writeJsonReport(report.check, report);
  core.setOutput('result', report.result);
  core.setOutput('errors', report.counts.errors);
  core.setOutput('warnings', report.counts.warnings);
  core.setOutput('report', reportPath);
  for (const [name, value] of Object.entries(report.outputs ?? {})) core.setOutput(name, opts.secrets.redact(value));
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(truncateForSummary(markdown)).write();
  if (opts.prComment) {
    await upsertPrComment({
      token: opts.token,
      check: report.check,
      body: markdown,
      event: opts.event,
      repository: process.env.GITHUB_REPOSITORY,
      log: actionLogger,
    });
  }
}

/** The whole life of one gate's step. Exit code 1 on a failed gate or a bad input, with one clear error line. */
export async function runAction<S extends InputSpecs>(def: CheckDefinition<S>): Promise<void> {
  const secrets = new SecretRegistry();
  secrets.onAdd((value) => core.setSecret(value));
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
    });
    await publishReport(report, {
      cwd,
      token: String(raw['github-token'] ?? ''),
      prComment: common['pr-comment'] === true,
      event,
      secrets,
    });
    if (report.result === 'fail') {
      const { errors, warnings } = report.counts;
      core.setFailed(
        `launchgate ${def.name} failed: ${errors} error(s), ${warnings} warning(s) (fail-on: ${report.failOn}).`,
      );
    }
  } catch (err) {
    if (!(err instanceof UserError)) core.debug(err instanceof Error && err.stack ? err.stack : String(err));
    core.setFailed(secrets.redact(errorMessage(err)));
  }
}
