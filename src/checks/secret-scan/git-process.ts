import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A git process whose stdout the caller reads; `done` resolves when it exits 0, else rejects with its stderr's end. */
export interface GitProcess {
  child: ChildProcess;
  done: Promise<void>;
  /** Ends the process if it still runs (a consumer that stops early). */
  stop(): void;
}

export interface GitOptions {
  /** Written to git's stdin, which is then closed; `pipe` leaves stdin open for the caller. */
  stdin?: string | 'pipe';
  env?: NodeJS.ProcessEnv;
}

export function startGit(cwd: string, args: string[], options: GitOptions = {}): GitProcess {
  const child = spawn('git', args, {
    cwd,
    env: options.env,
    stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-4096)));
  if (options.stdin !== undefined) {
    // git may exit before it has read all of stdin (an error): that must not become an EPIPE crash.
    child.stdin!.on('error', () => undefined);
    if (options.stdin !== 'pipe') child.stdin!.end(options.stdin);
  }
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `git ${args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? ''} failed (${code === null ? `signal ${signal}` : `exit ${code}`}): ${stderr.trim().split('\n').slice(-3).join(' ')}`,
          ),
        );
    });
  });
  // A caller that fails before awaiting `done` must not leave an unhandled rejection behind.
  done.catch(() => undefined);
  return {
    child,
    done,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}

/** The whole stdout of a git command, as text. */
export async function gitOutput(cwd: string, args: string[]): Promise<string> {
  const git = startGit(cwd, args);
  const out: Buffer[] = [];
  git.child.stdout!.on('data', (d: Buffer) => out.push(d));
  await git.done;
  return Buffer.concat(out).toString('utf8');
}

/**
 * Where and how to run a git command over a repository's history so that nothing in its working tree or index
 * changes what git prints: a `.gitattributes` in a pull request that marks files `-diff` or `binary` would make
 * `git log -p` print "Binary files differ" instead of their lines, hiding a secret from the scan. git reads
 * attributes from the working tree and the index; here both are empty (an empty folder and an index file that
 * does not exist), and git finds the repository through GIT_DIR.
 */
export interface NeutralGit {
  cwd: string;
  env: NodeJS.ProcessEnv;
  dispose(): void;
}

/** An empty folder for `neutralGit` (the caller removes it). */
export const makeEmptyDir = () => mkdtempSync(path.join(os.tmpdir(), 'launchgate-git-'));

/** With `emptyDir`, that folder (the caller's to remove); else one made here, removed by `dispose`. */
export async function neutralGit(repoCwd: string, emptyDir?: string): Promise<NeutralGit> {
  const gitDir = (await gitOutput(repoCwd, ['rev-parse', '--absolute-git-dir'])).trim();
  const empty = emptyDir ?? makeEmptyDir();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_DIR: gitDir,
    GIT_WORK_TREE: empty,
    GIT_INDEX_FILE: path.join(empty, 'no-index'),
  };
  return { cwd: empty, env, dispose: () => (emptyDir ? undefined : rmSync(empty, { recursive: true, force: true })) };
}
