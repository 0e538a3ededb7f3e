import type { CheckResult } from './finding.js';
import type { ImpactSpec } from './impact.js';
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

/** A release archive to download, verify and cache (the hosts implement it: src/hosts/tools.ts). */
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
 * What only a host can give: child processes, tool downloads and the GitHub API. The GitHub host and the CLI
 * implement it (src/hosts/services.ts); tests give a fake (__tests__/helpers/fake-context.ts).
 */
export interface HostServices {
  exec(command: string, args: string[], options?: ExecOptions): Promise<ExecResult>;
  installTool(request: ToolRequest, log: Logger): Promise<string>;
  /** The REST API with this token, when the token and the repository are known; every string sent is redacted. */
  github(token: string): GitHubApi | undefined;
}

/**
 * What a check may use of the outside world. Checks do their I/O (files, network, processes) through it or
 * through Node itself, never through @actions/* or a host: the hosts (GitHub Actions, CLI) implement it.
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

export interface OutputSpec {
  description: string;
}

/** What `launchgate init` can see of a repository. */
export interface StarterRepo {
  /** The repository's root. */
  cwd: string;
  /** package.json `scripts`, or {} when there is none. */
  scripts: Record<string, string>;
}

/** A gate's section of the launchgate.yml that `launchgate init` writes, and what it found to write it. */
export interface StarterSection {
  values: Record<string, unknown>;
  found?: string[];
  /**
   * The values are examples the user must replace (a URL, a domain): `init` writes the section commented out, so
   * a first `launchgate run` passes or fails on real findings, never on example.com.
   */
  needsUserValues?: boolean;
}

/**
 * One gate, whole: everything the hosts, the docs, the build and the tests need comes from here (the action
 * `dist/<name>/index.js` and `actions/<name>/action.yml`, the README table, the CLI command, the
 * launchgate.yml section). A new gate is its folder `src/checks/<name>/` and one line in src/checks/registry.ts.
 */
export interface CheckDefinition<S extends InputSpecs = InputSpecs> {
  /** The action's folder, the CLI command and the report's `check`; the gate lives in src/checks/<name>/index.ts. */
  name: string;
  /** Its launchgate.yml section (and the short CLI command). */
  section: string;
  /** A few words for lists of gates ("secrets", "DNS/email/TLS"); default: the section name. */
  shortTitle?: string;
  /** Runs after the others, by itself, in `launchgate run` (it puts load on a server); default false. */
  runsAlone?: boolean;
  /** The section `launchgate init` writes for a repository; without it, init leaves the gate out. */
  starter?(repo: StarterRepo): StarterSection | undefined;
  /**
   * README tables generated from the gate's own catalogs, by marker: `'findings:dns-check'` fills the README's
   * `<!-- findings:dns-check -->…<!-- /findings:dns-check -->` block (scripts/docs.ts).
   */
  readmeTables?: Record<string, () => string>;
  /** Each finding's impact class (access, data, delivery, speed, hygiene) for "Top 5 fixes" (src/core/impact.ts). */
  impact?: ImpactSpec;
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

/** Whether a module export is a gate's definition (the action entry finds its gate this way). */
export function isCheckDefinition(value: unknown): value is CheckDefinition<any> {
  const v = value as Partial<CheckDefinition> | null;
  return typeof v === 'object' && v !== null && typeof v.name === 'string' && typeof v.run === 'function' && !!v.inputs;
}

export function shortTitle(def: CheckDefinition<any>): string {
  return def.shortTitle ?? def.section;
}

export const COMMON_OUTPUTS: Record<string, OutputSpec> = {
  result: { description: 'pass or fail.' },
  errors: { description: 'Number of error findings.' },
  warnings: { description: 'Number of warning findings.' },
  report: { description: 'Path of the JSON report (<check>.json in a private folder under $RUNNER_TEMP).' },
};
