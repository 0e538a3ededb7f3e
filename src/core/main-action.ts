import * as core from '@actions/core';
import path from 'node:path';
import { CHECKS } from '../checks/registry.js';
import { actionLogger, annotate } from './action-host.js';
import { readEvent } from './event.js';
import { loadConfig } from './config.js';
import { UserError, errorMessage } from './errors.js';
import { list, parseInputs, text } from './inputs.js';
import { reportMarkdown, truncateForSummary } from './markdown.js';
import { writeJsonReport } from './report-file.js';
import { runConfig } from './run-config.js';
import { SecretRegistry } from './secrets.js';
import { bySeverity } from './finding.js';

export const MAIN_INPUTS = {
  config: text('launchgate.yml with one section per check.', 'launchgate.yml'),
  checks: list(
    'Checks to run, comma-separated section names (secrets, smoke, latency, migrations, dns, bundle), or all.',
    'all',
    'comma',
  ),
};

export const MAIN_OUTPUTS = {
  result: { description: 'pass when every configured gate passed, else fail.' },
  report: { description: 'Path of the combined JSON report.' },
};

/** The top-level action: every gate of launchgate.yml in one step, one summary with a section per check. */
export async function runMainAction(): Promise<void> {
  const secrets = new SecretRegistry();
  secrets.onAdd((v) => core.setSecret(v));
  try {
    const inputs = parseInputs(
      MAIN_INPUTS,
      { config: core.getInput('config'), checks: core.getInput('checks') },
      (n) => `Input '${n}'`,
    );
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const config = loadConfig(path.resolve(workspace, inputs.config), CHECKS, inputs.config);
    const only = inputs.checks.includes('all') ? undefined : inputs.checks;
    const done = await runConfig(config, {
      only,
      env: process.env,
      event: readEvent(),
      secrets,
      inActions: true,
      onLog: (check, lines) => {
        if (lines.length === 0) return;
        core.startGroup(`launchgate ${check}`);
        for (const l of lines) core.info(l);
        core.endGroup();
      },
    });
    // One step: GitHub's annotation limits apply to all checks together, most severe first.
    const all = done
      .flatMap((d) =>
        d.report.findings.map((f) =>
          f.file ? { ...f, file: path.relative(workspace, path.resolve(d.cwd, f.file)) } : f,
        ),
      )
      .sort(bySeverity);
    const left = annotate(all, workspace, workspace);
    const markdown = done.map((d) => reportMarkdown(d.report, { heading: 2 })).join('\n');
    const result = done.some((d) => d.report.result === 'fail') ? 'fail' : 'pass';
    const reportPath = writeJsonReport('launchgate', {
      config: inputs.config,
      result,
      reports: done.map((d) => d.report),
    });
    core.setOutput('result', result);
    core.setOutput('report', reportPath);
    if (process.env.GITHUB_STEP_SUMMARY) {
      const note = left
        ? `> ${left} finding(s) were not annotated (GitHub's per-step limits); every finding is listed below.\n\n`
        : '';
      await core.summary.addRaw(truncateForSummary(note + markdown)).write();
    }
    if (result === 'fail')
      core.setFailed(
        `launchgate: ${done
          .filter((d) => d.report.result === 'fail')
          .map((d) => d.report.check)
          .join(', ')} failed.`,
      );
  } catch (err) {
    if (!(err instanceof UserError)) actionLogger.debug(err instanceof Error && err.stack ? err.stack : String(err));
    core.setFailed(secrets.redact(errorMessage(err)));
  }
}
