import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
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
  /** A file descriptor for git's stdout instead of a pipe. */
  stdout?: number;
}

export function startGit(cwd: string, args: string[], options: GitOptions = {}): GitProcess {
  const child = spawn('git', args, {
    cwd,
    env: options.env,
    stdio: [options.stdin === undefined ? 'ignore' : 'pipe', options.stdout ?? 'pipe', 'pipe'],
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

/** A git process whose output goes to a file, and that output read back as git writes it (see startGitToFile). */
export interface GitToFile extends GitProcess {
  /** The file git writes to. */
  file: string;
  /** git's output in pieces, each in the same buffer: a consumer copies what it keeps beyond its turn. */
  output(): AsyncGenerator<Buffer>;
}

/** Bytes read from the file at a time (at most: what git has written so far). */
const FILE_READ_BYTES = 1024 * 1024;
/** How long to wait before looking again when git has written nothing new. */
const FILE_POLL_MS = 1;

/**
 * Runs git with its stdout in `file` (made, or emptied, here; the caller removes it), and reads it back as git
 * writes it. For large outputs this costs far less than a pipe: a stream's pipe is read 64 KB at a time into fresh
 * buffers, each read a turn of the event loop; here a read takes what git has written, up to 1 MB (for 80 MB of
 * `cat-file --batch`, about a quarter of the CPU). The file holds all of git's output until it is removed, so the
 * caller bounds what git is asked for. Reading stops when git has exited and the file is read to its end.
 */
export function startGitToFile(cwd: string, args: string[], file: string, options: GitOptions = {}): GitToFile {
  const fd = openSync(file, 'w+');
  let git: GitProcess;
  try {
    git = startGit(cwd, args, { ...options, stdout: fd });
  } catch (err) {
    closeSync(fd);
    throw err;
  }
  let exited = false;
  git.done.then(
    () => (exited = true),
    () => (exited = true),
  );
  let open = true;
  let reading = false;
  /** Stopped: its output is read no further (a consumer that left wants none of what git wrote before). */
  let stopped = false;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  async function* output(): AsyncGenerator<Buffer> {
    let at = 0;
    reading = true;
    // One buffer, read into again once the consumer asks for more (a fresh one would fault in every page).
    const buffer = Buffer.allocUnsafeSlow(FILE_READ_BYTES);
    try {
      for (;;) {
        // Seen before the read: once git has exited, everything it wrote is in the file.
        if (stopped) return;
        const last = exited;
        const n = readSync(fd, buffer, 0, buffer.length, at);
        if (n > 0) {
          at += n;
          yield n === buffer.length ? buffer : buffer.subarray(0, n);
        } else if (last) return;
        else await new Promise((resolve) => setTimeout(resolve, FILE_POLL_MS));
      }
    } finally {
      close();
    }
  }
  return {
    ...git,
    file,
    output,
    stop: () => {
      stopped = true;
      git.stop();
      // A reader, if there is one, closes the file when it stops.
      if (!reading) close();
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

/**
 * With `emptyDir`, that folder (the caller's to remove); else one made here, removed by `dispose`. `knownGitDir`:
 * the repository's git directory, when the caller has it (git is asked otherwise).
 */
export async function neutralGit(repoCwd: string, emptyDir?: string, knownGitDir?: string): Promise<NeutralGit> {
  const gitDir = knownGitDir ?? (await gitOutput(repoCwd, ['rev-parse', '--absolute-git-dir'])).trim();
  const empty = emptyDir ?? makeEmptyDir();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_DIR: gitDir,
    GIT_WORK_TREE: empty,
    GIT_INDEX_FILE: path.join(empty, 'no-index'),
  };
  return { cwd: empty, env, dispose: () => (emptyDir ? undefined : rmSync(empty, { recursive: true, force: true })) };
}
