import { mkdtempSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import type { CheckContext, CheckDefinition, HostServices, Logger, RunEvent } from './check.js';
import { UserError, errorMessage } from './errors.js';
import { buildReport, type CheckResult, type Report } from './finding.js';
import {
  COMMON_INPUTS,
  checkInputs,
  registerSecretInputs,
  type CommonInputs,
  type InputSpecs,
  type InputValues,
} from './inputs.js';
import { maskCredentialShapes } from './inputs-redact.js';
import { SecretRegistry } from './secrets.js';

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
  services: HostServices;
  /** Where the check's private temporary directory is made (default $RUNNER_TEMP, else the OS's). */
  tempRoot?: string;
  /** Keep the temporary directory after the run (the action hosts: outputs may name files in it). */
  keepTempDir?: boolean;
}

export interface ExecutedCheck {
  report: Report;
  common: CommonInputs;
  /** Absolute directory the check ran in. */
  cwd: string;
}

/** A check's inputs, parsed and validated, before anything runs. */
export interface PreparedCheck<S extends InputSpecs = InputSpecs> {
  def: CheckDefinition<S>;
  common: CommonInputs;
  inputs: InputValues<S>;
}

/**
 * Parses a check's common and own inputs, after registering the secret ones with `secrets` (so that no error about
 * another input can echo them). Every bad value throws, at once, as one UserError with a line each naming the input
 * (or file and line), the value and what is accepted.
 */
export function prepareCheck<S extends InputSpecs>(
  def: CheckDefinition<S>,
  raw: Record<string, unknown>,
  where: (name: string) => string,
  secrets: SecretRegistry,
): PreparedCheck<S> {
  registerSecretInputs({ ...COMMON_INPUTS, ...def.inputs }, raw, secrets);
  const common = checkInputs(COMMON_INPUTS, raw, where);
  const own = checkInputs(def.inputs, raw, where);
  const errors = [...common.errors, ...own.errors];
  if (errors.length) throw new UserError(errors.join('\n'));
  return { def, common: common.values, inputs: own.values };
}

/** What a check that stopped reports: one error finding, so the gate fails closed instead of passing. */
export function couldNotCheck(err: unknown): CheckResult {
  return {
    findings: [{ ruleId: 'could-not-check', severity: 'error', title: 'Could not check', message: errorMessage(err) }],
    metrics: {},
  };
}

/**
 * Parses a check's inputs, runs it and builds its report, redacted. Bad inputs throw UserError;
 * anything else that stops a check becomes a `could-not-check` error finding, so a gate fails closed.
 */
export async function executeCheck<S extends InputSpecs>(
  def: CheckDefinition<S>,
  host: HostOptions,
): Promise<ExecutedCheck> {
  return runPrepared(prepareCheck(def, host.raw, host.where, host.secrets), host);
}

/**
 * Runs a check whose inputs were parsed already (prepareCheck registered the secret ones). A UserError thrown while it runs (a flows file that is missing)
 * is rethrown when `userErrorsAsFindings` is off, else reported as the check's own `could-not-check` finding.
 */
export async function runPrepared<S extends InputSpecs>(
  prepared: PreparedCheck<S>,
  host: HostOptions,
  userErrorsAsFindings = false,
): Promise<ExecutedCheck> {
  const { def, common, inputs } = prepared;
  const started = performance.now();
  const cwd = path.resolve(host.baseDir, common['working-directory']);
  let tempDir: string | undefined;
  let result: CheckResult;
  try {
    if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory())
      throw new UserError(
        `${host.where('working-directory')}: '${maskCredentialShapes(common['working-directory'])}' is not a folder that exists (resolved to ${maskCredentialShapes(cwd)}).`,
      );
    // Private (mode 0700, a fresh name): another user on the machine can neither read it nor plant links in it.
    tempDir = mkdtempSync(path.join(host.tempRoot ?? host.env.RUNNER_TEMP ?? os.tmpdir(), `launchgate-${def.name}-`));
    const ctx: CheckContext = {
      cwd,
      env: host.env,
      event: host.event,
      secrets: host.secrets,
      log: host.log,
      exec: (command, args, options) => host.services.exec(command, args, { cwd, ...options }),
      tempDir,
      inActions: host.inActions,
      installTool: (request) => host.services.installTool(request, host.log),
      github: host.services.github(String(host.raw['github-token'] ?? '') || host.env.GITHUB_TOKEN || ''),
    };
    result = await def.run(inputs, ctx);
  } catch (err) {
    if (err instanceof UserError && !userErrorsAsFindings) throw err;
    if (!(err instanceof UserError)) host.log.debug(err instanceof Error && err.stack ? err.stack : String(err));
    result = couldNotCheck(err);
  } finally {
    if (tempDir && !host.keepTempDir) rmSync(tempDir, { recursive: true, force: true });
  }
  const report = buildReport(def.name, result, common['fail-on'], performance.now() - started);
  return { report: host.secrets.redactDeep(report), common, cwd };
}
