import * as core from '@actions/core';
import path from 'node:path';
import { isCheckDefinition, type CheckDefinition, type Logger, type RunEvent } from '../core/check.js';
import { readEvent } from './event.js';
import { UserError, errorMessage } from '../core/errors.js';
import { COMMON_INPUTS, type InputSpecs } from '../core/inputs.js';
import { SecretRegistry } from '../core/secrets.js';
import { sanitizeLogText } from '../core/escape.js';
import { executeCheck } from '../core/execute.js';
import { selectAnnotations } from '../core/annotations.js';
import { reportMarkdown, truncateForSummary } from '../core/markdown.js';
import { writeJsonReport } from './report-file.js';
import { upsertPrComment } from './pr-comment.js';
import { hostServices } from './services.js';
import type { Finding, Report } from '../core/finding.js';

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
  // The report is redacted already; the text is redacted again where it leaves, in case a reporter added to it.
  const markdown = opts.secrets.redact(reportMarkdown(report, { notAnnotated: left }));
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
      secrets: opts.secrets,
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
      services: hostServices(process.env, secrets),
      keepTempDir: true,
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
    failStep(err, secrets);
  }
}

/**
 * Fails the step on what stopped it: one error annotation per line (a config with three mistakes shows three),
 * redacted; a stack trace only in the debug log, and only for what is not the user's mistake.
 */
export function failStep(err: unknown, secrets: SecretRegistry): void {
  if (!(err instanceof UserError)) core.debug(err instanceof Error && err.stack ? err.stack : String(err));
  const lines = secrets.redact(errorMessage(err)).split('\n');
  for (const line of lines.slice(0, -1)) core.error(line);
  core.setFailed(lines[lines.length - 1]);
}

/** A gate's bundle entry (generated by scripts/build.mjs): finds the gate's definition among its module's exports. */
export async function runGateModule(name: string, module: Record<string, unknown>): Promise<void> {
  const def = Object.values(module).find((v) => isCheckDefinition(v) && v.name === name);
  if (!def || !isCheckDefinition(def)) {
    core.setFailed(`launchgate: src/checks/${name}/index.ts exports no check named '${name}'.`);
    return;
  }
  await runAction(def);
}
