/**
 * A CheckContext and HostServices for running gate logic and executeCheck in-process: no @actions/*, no
 * network unless the test's own server is the target. exec runs real processes (git in a temp repository is real
 * behaviour) unless a test hands its own; the GitHub API is a recorder unless a test hands its own.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {
  CheckContext,
  ExecOptions,
  ExecResult,
  GitHubApi,
  HostServices,
  Logger,
  RunEvent,
} from '../../src/core/check.js';
import { defineCheck, type CheckDefinition } from '../../src/core/check.js';
import type { InputSpecs } from '../../src/core/inputs.js';
import { SecretRegistry } from '../../src/core/secrets.js';

/** A Logger that keeps every line, prefixed by its level. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    debug: (m) => lines.push(`debug: ${m}`),
  };
}

/** Runs a real child process, output captured, as the hosts' exec does. */
export function realExec(command: string, args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      command,
      args,
      { cwd: options.cwd, env: options.env ? { ...process.env, ...options.env } : process.env, maxBuffer: 1 << 28 },
      (err, stdout, stderr) => {
        const exitCode = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        if (err && typeof err.code !== 'number') return reject(err);
        if (exitCode !== 0 && !options.ignoreReturnCode)
          return reject(new Error(`${command} exited ${exitCode}: ${stderr}`));
        resolve({ exitCode, stdout, stderr });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** A GitHub API that records every request and answers 201 with an id. */
export function recordingGitHub(): GitHubApi & { requests: { route: string; params: Record<string, unknown> }[] } {
  const requests: { route: string; params: Record<string, unknown> }[] = [];
  return {
    owner: 'octo',
    repo: 'app',
    runId: 1,
    requests,
    async request(route, params = {}) {
      requests.push({ route, params });
      return { status: route.startsWith('GET') ? 200 : 201, data: route.startsWith('GET') ? [] : { id: 1 } };
    },
  };
}

export interface FakeServices extends HostServices {
  execCalls: { command: string; args: string[]; options?: ExecOptions }[];
}

/** HostServices for executeCheck/runConfig in tests; installTool refuses (no downloads in unit tests). */
export function fakeServices(
  overrides: Partial<HostServices> & { github?: HostServices['github'] } = {},
): FakeServices {
  const execCalls: FakeServices['execCalls'] = [];
  const exec = overrides.exec ?? realExec;
  return {
    execCalls,
    exec: (command, args, options) => {
      execCalls.push({ command, args, options });
      return exec(command, args, options);
    },
    installTool:
      overrides.installTool ??
      (async (request) => {
        throw new Error(`fakeServices: no downloads in unit tests (asked for ${request.name} ${request.version})`);
      }),
    github: overrides.github ?? (() => undefined),
  };
}

export interface FakeContext extends CheckContext {
  log: Logger & { lines: string[] };
}

/** A CheckContext for a gate's run() in-process; every field can be overridden. */
export function fakeContext(overrides: Partial<CheckContext> = {}): FakeContext {
  const services = fakeServices();
  const event: RunEvent = { name: 'local', payload: {} };
  return {
    cwd: process.cwd(),
    env: {},
    event,
    secrets: new SecretRegistry(),
    exec: services.exec,
    tempDir: mkdtempSync(path.join(os.tmpdir(), 'lg-fake-')),
    inActions: false,
    installTool: (request) => services.installTool(request, recordingLogger()),
    ...overrides,
    log: (overrides.log as FakeContext['log']) ?? recordingLogger(),
  };
}

/** A gate that exists only in a test: its name, section, inputs and run; the rest filled in. */
export function fakeCheck<S extends InputSpecs>(
  name: string,
  run: CheckDefinition<S>['run'],
  opts: { section?: string; inputs?: S } = {},
): CheckDefinition<S> {
  return defineCheck({
    name,
    section: opts.section ?? name,
    title: `launchgate ${name}`,
    description: `The ${name} gate of a test.`,
    branding: { icon: 'box', color: 'blue' },
    inputs: opts.inputs ?? ({} as S),
    outputs: {},
    run,
  });
}
