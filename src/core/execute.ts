import { mkdirSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import type { CheckContext, CheckDefinition, GitHubApi, Logger, RunEvent } from './check.js';
import { NotImplementedError, UserError, errorMessage } from './errors.js';
import { buildReport, type CheckResult, type Report } from './finding.js';
import { COMMON_INPUTS, parseInputs, type CommonInputs, type InputSpecs } from './inputs.js';
import { SecretRegistry } from './secrets.js';
import { execCaptured } from './exec.js';
import { githubFromToken } from './github-api.js';
import { installTool } from './tools.js';

export interface HostOptions {
  /** Raw values by input name (action inputs, CLI flags or a config section). */
  raw: Record<string, unknown>;
  /** Names the source of a value in errors. */
  where: (name: string) => string;
  /** The directory relative paths start from (the workspace, or the config file's folder). */
  baseDir: string;
  env: NodeJS.ProcessEnv;
  event: RunEvent;
  log: Logger;
  secrets: SecretRegistry;
  inActions: boolean;
  tempRoot?: string;
  github?: GitHubApi;
}

export interface ExecutedCheck {
  report: Report;
  common: CommonInputs;
  /** Absolute directory the check ran in. */
  cwd: string;
}

/**
 * Parses a check's inputs, runs it and builds its report, redacted. User mistakes throw UserError;
 * anything else that stops a check becomes a `could-not-check` error finding, so a gate fails closed.
 */
export async function executeCheck<S extends InputSpecs>(
  def: CheckDefinition<S>,
  host: HostOptions,
): Promise<ExecutedCheck> {
  const started = performance.now();
  const common = parseInputs(COMMON_INPUTS, host.raw, host.where);
  const inputs = parseInputs(def.inputs, host.raw, host.where);
  for (const [name, spec] of Object.entries({ ...COMMON_INPUTS, ...def.inputs })) {
    if (spec.secret) host.secrets.add(String((host.raw[name] as string | undefined) ?? ''));
  }
  const cwd = path.resolve(host.baseDir, common['working-directory']);
  const tempDir = path.join(host.tempRoot ?? process.env.RUNNER_TEMP ?? os.tmpdir(), 'launchgate', def.name);
  mkdirSync(tempDir, { recursive: true });
  const ctx: CheckContext = {
    cwd,
    env: host.env,
    event: host.event,
    secrets: host.secrets,
    log: host.log,
    exec: (command, args, options) => execCaptured(command, args, { cwd, ...options }),
    tempDir,
    inActions: host.inActions,
    installTool: (request) => installTool(request, host.log),
    github:
      host.github ?? githubFromToken(String(host.raw['github-token'] ?? '') || host.env.GITHUB_TOKEN || '', host.env),
  };
  let result: CheckResult;
  try {
    result = await def.run(inputs, ctx);
  } catch (err) {
    if (err instanceof UserError) throw err;
    const notImplemented = err instanceof NotImplementedError;
    if (!notImplemented) host.log.debug(err instanceof Error && err.stack ? err.stack : String(err));
    result = {
      findings: [
        {
          ruleId: notImplemented ? 'not-implemented' : 'could-not-check',
          severity: 'error',
          title: notImplemented ? 'Not implemented' : 'Could not check',
          message: errorMessage(err),
        },
      ],
      metrics: {},
    };
  }
  const report = buildReport(def.name, result, common['fail-on'], performance.now() - started);
  return { report: host.secrets.redactDeep(report), common, cwd };
}
