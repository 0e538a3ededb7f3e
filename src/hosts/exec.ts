import type { ExecOptions, ExecResult } from '../core/check.js';

/** Child processes through @actions/exec (loaded on first use), output captured and not echoed (it may hold secrets). */
export async function execCaptured(command: string, args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  const { getExecOutput } = await import('@actions/exec');
  const result = await getExecOutput(command, args, {
    cwd: options.cwd,
    input: options.input === undefined ? undefined : Buffer.from(options.input),
    env: options.env ? ({ ...process.env, ...options.env } as Record<string, string>) : undefined,
    ignoreReturnCode: options.ignoreReturnCode ?? false,
    silent: true,
  });
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}
