import * as core from '@actions/core';
import path from 'node:path';
import { CHECKS } from '../checks/registry.js';
import { annotate, failStep } from './action-host.js';
import { readEvent } from './event.js';
import { loadConfig } from '../core/config.js';
import { bool, list, parseInputs, text } from '../core/inputs.js';
import { reportMarkdown, truncateForSummary } from '../core/markdown.js';
import { writeFileNoFollow, writeJsonReport } from './report-file.js';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { combineReports, runConfig } from '../core/run-config.js';
import { SecretRegistry } from '../core/secrets.js';
import { sanitizeLogText } from '../core/escape.js';
import { bySeverity } from '../core/finding.js';
import { hostServices } from './services.js';
import { impactsOf, topFixes, topFixesMarkdown } from '../core/impact.js';
import { overviewMarkdown } from '../core/overview.js';

export const MAIN_INPUTS = {
  config: text('launchgate.yml with one section per check.', 'launchgate.yml'),
  checks: list(
    `Checks to run, comma-separated section names (${CHECKS.map((c) => c.section).join(', ')}), or all.`,
    'all',
    'comma',
  ),
  map: bool(
    'Also write the launch map (launch-map.md, launch-map.json: names, hosting, mail, certificates, environments, owners, open risks) and put it in the job summary. GitHub environments are read when env GITHUB_TOKEN is set.',
    'false',
  ),
};

export const MAIN_OUTPUTS = {
  result: { description: 'pass when every configured gate passed, else fail.' },
  report: { description: 'Path of the combined JSON report.' },
  map: { description: 'Folder of launch-map.md and launch-map.json, when input map is true.' },
};

/** The top-level action: every gate of launchgate.yml in one step, one summary with a section per check. */
export async function runMainAction(): Promise<void> {
  const secrets = new SecretRegistry();
  secrets.onAdd((v) => core.setSecret(v));
  try {
    const inputs = parseInputs(
      MAIN_INPUTS,
      { config: core.getInput('config'), checks: core.getInput('checks'), map: core.getInput('map') },
      (n) => `Input '${n}'`,
    );
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const config = loadConfig(path.resolve(workspace, inputs.config), CHECKS, inputs.config, { deferErrors: true });
    const only = inputs.checks.includes('all') ? undefined : inputs.checks;
    const done = await runConfig(config, {
      only,
      env: process.env,
      event: readEvent(),
      secrets,
      inActions: true,
      services: hostServices(process.env, secrets),
      keepTempDir: true,
      onLog: (check, lines) => {
        if (lines.length === 0) return;
        core.startGroup(`launchgate ${check}`);
        for (const l of lines) core.info(sanitizeLogText(l));
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
    // "Top 5 fixes" follows the overview: what to do first, ranked by business impact (src/core/impact.ts).
    const fixes = topFixesMarkdown(
      topFixes(
        done.map((d) => d.report),
        impactsOf(CHECKS),
      ),
    );
    // The overview opens the summary (check, verdict, errors, warnings, duration), as `launchgate run` prints it.
    const overview = overviewMarkdown(
      done.map((d) => d.report),
      inputs.config,
    );
    const note = left
      ? `> ${left} finding(s) were not annotated (GitHub's per-step limits); every finding is listed below.\n`
      : '';
    const markdown = secrets.redact(
      [overview, note, fixes, ...done.map((d) => reportMarkdown(d.report, { heading: 2 }))].filter(Boolean).join('\n'),
    );
    const combined = combineReports(inputs.config, done);
    const result = combined.result;
    const reportPath = writeJsonReport('launchgate', combined);
    core.setOutput('result', result);
    core.setOutput('report', reportPath);
    const mapMarkdown = inputs.map
      ? await writeLaunchMap(path.resolve(workspace, inputs.config), inputs.config, secrets)
      : '';
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(truncateForSummary(markdown + (mapMarkdown ? `\n${mapMarkdown}` : ''))).write();
    }
    if (result === 'fail')
      core.setFailed(
        `launchgate: ${done
          .filter((d) => d.report.result === 'fail')
          .map((d) => d.report.check)
          .join(', ')} failed.`,
      );
  } catch (err) {
    failStep(err, secrets);
  }
}

/** Input `map`: the launch map (src/map/) written to a private folder, its markdown for the summary (heading level 2). */
async function writeLaunchMap(configPath: string, configName: string, secrets: SecretRegistry): Promise<string> {
  const { buildLaunchMap } = await import('../map/build.js');
  const { launchMapJson, launchMapMarkdown } = await import('../map/render.js');
  const token = process.env.GITHUB_TOKEN ?? '';
  const github = token ? hostServices(process.env, secrets).github(token) : undefined;
  const map = await buildLaunchMap({
    configPath,
    configName,
    repoDir: path.dirname(configPath),
    checks: CHECKS,
    github,
    githubMissing: 'set env GITHUB_TOKEN on the step to read them',
  });
  const markdown = secrets.redact(launchMapMarkdown(map).replace(/^# /m, '## '));
  const dir = mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'launchgate-map-'));
  writeFileNoFollow(path.join(dir, 'launch-map.md'), markdown + '\n', { exclusive: true });
  writeFileNoFollow(path.join(dir, 'launch-map.json'), secrets.redact(launchMapJson(map)), { exclusive: true });
  core.setOutput('map', dir);
  return markdown;
}
