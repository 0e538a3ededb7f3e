import type { CheckResult } from './finding.js';
import type { InputSpecs, InputValues } from './inputs.js';
import type { SecretRegistry } from './secrets.js';

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  cwd?: string;
  input?: string;
  env?: Record<string, string>;
  ignoreReturnCode?: boolean;
}

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/** The event that triggered the run: GitHub's event name and payload, or `local` from the CLI. */
export interface RunEvent {
  name: string;
  payload: Record<string, any>;
}

/** A release archive to download, verify and cache (see src/core/tools.ts). */
export interface ToolRequest {
  name: string;
  version: string;
  archiveUrl: string;
  archiveName: string;
  checksumsUrl: string;
  /** The SHA-256 this project pins for the archive; the checksums file must agree with it. */
  pinnedSha256?: string;
  /** The executable's path inside the archive. */
  binary: string;
  arch?: string;
}

/** A GitHub REST call (`GET /repos/{owner}/{repo}/issues`), made by the host with the action's token. */
export interface GitHubApi {
  owner: string;
  repo: string;
  runId?: number;
  request(route: string, params?: Record<string, unknown>): Promise<{ status: number; data: any }>;
}

/**
 * What a check may use of the outside world. The hosts (GitHub Actions, CLI) implement it, so a check
 * stays pure logic and never imports @actions/*.
 */
export interface CheckContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  event: RunEvent;
  secrets: SecretRegistry;
  log: Logger;
  exec(command: string, args: string[], options?: ExecOptions): Promise<ExecResult>;
  /** Where a check may write files of its own (SARIF, caches); the host creates it. */
  tempDir: string;
  /** True when running as a GitHub Action (annotations, summaries, tool cache are available). */
  inActions: boolean;
  /** Present when a token and a repository are known. */
  github?: GitHubApi;
  /** Downloads, verifies and caches a tool; returns the executable's path. */
  installTool(request: ToolRequest): Promise<string>;
}

export type CheckName =
  'secret-scan' | 'smoke-test' | 'latency-budget' | 'migration-check' | 'dns-check' | 'bundle-budget';
export type ConfigSection = 'secrets' | 'smoke' | 'latency' | 'migrations' | 'dns' | 'bundle';

export interface OutputSpec {
  description: string;
}

export interface CheckDefinition<S extends InputSpecs = InputSpecs> {
  name: CheckName;
  section: ConfigSection;
  /** action.yml `name`. */
  title: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: S;
  /** Outputs beyond the common ones (result, errors, warnings, report). */
  outputs: Record<string, OutputSpec>;
  run(inputs: InputValues<S>, ctx: CheckContext): Promise<CheckResult>;
}

export function defineCheck<S extends InputSpecs>(def: CheckDefinition<S>): CheckDefinition<S> {
  return def;
}

export const COMMON_OUTPUTS: Record<string, OutputSpec> = {
  result: { description: 'pass or fail.' },
  errors: { description: 'Number of error findings.' },
  warnings: { description: 'Number of warning findings.' },
  report: { description: 'Path of the JSON report ($RUNNER_TEMP/launchgate/<check>.json).' },
};
