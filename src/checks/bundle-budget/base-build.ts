import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { CheckContext } from '../../core/check.js';
import { UserError, errorMessage } from '../../core/errors.js';
import type { BudgetsFile } from './budgets-file.js';
import type { BaseSizes } from './evaluate.js';
import type { HashStripper } from './hash-names.js';
import { measureBuild } from './measure.js';

/** The JSON report's format: a baseline written by another version of the metrics is refused, not misread. */
export const REPORT_FORMAT = 'bundle-budget/1';

const KEEP_LINES = 30;

/** Reads an earlier JSON report of this gate as the base. */
export function readBaseline(file: string, name: string): BaseSizes {
  let report: any;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UserError(`Input 'baseline': cannot read ${name} as JSON: ${errorMessage(err)}`);
  }
  if (report?.check !== 'bundle-budget')
    throw new UserError(
      `Input 'baseline': ${name} is ${typeof report?.check === 'string' ? `a ${report.check} report` : 'not a launchgate report'}; accepted: the JSON report of an earlier bundle-budget run (its 'report' output).`,
    );
  const format = report?.metrics?.format;
  if (format !== REPORT_FORMAT)
    throw new UserError(
      `Input 'baseline': ${name} has report format ${JSON.stringify(format ?? null)}; this version reads ${REPORT_FORMAT}: produce the baseline with the same launchgate version.`,
    );
  const entries = report.metrics.entries;
  if (!entries || typeof entries !== 'object') throw new UserError(`Input 'baseline': ${name} has no metrics.entries.`);
  return { source: `baseline ${name}`, entries };
}

/** A ref given to git must not be read as an option (`--output=…`), and must be a plain ref or SHA. */
export function checkRef(ref: string): void {
  if (!/^[A-Za-z0-9_][A-Za-z0-9._/@^~-]{0,250}$/.test(ref) || ref.includes('..'))
    throw new UserError(
      `Input 'base-ref' got ${JSON.stringify(ref.slice(0, 80))}; accepted: a branch, tag or commit SHA (letters, digits, . _ / - @ ^ ~; not starting with -).`,
    );
}

export interface BaseBuild {
  base?: BaseSizes;
  /** Why there is no base: the message of the no-baseline warning. */
  problem?: string;
  log: string[];
}

/** Runs a shell command in its own process group; kills the group when the time budget is spent. */
export function runBounded(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutS: number,
): Promise<{ ok: boolean; exit: string; lines: string[] }> {
  return new Promise((resolve) => {
    const lines: string[] = [];
    const child = spawn(command, { cwd, env, shell: true, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let partial = '';
    const keep = (chunk: Buffer) => {
      const parts = (partial + chunk.toString('utf8')).split('\n');
      partial = parts.pop() ?? '';
      if (partial.length > 4000) partial = partial.slice(-4000);
      for (const l of parts) if (l.trim()) lines.push(l.slice(0, 500));
      if (lines.length > KEEP_LINES) lines.splice(0, lines.length - KEEP_LINES);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutS * 1000);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ ok: false, exit: `could not start (${err.message})`, lines });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (partial.trim()) lines.push(partial.slice(0, 500));
      const exit = timedOut
        ? `did not finish within ${timeoutS} s`
        : signal
          ? `was killed by ${signal}`
          : `exited with code ${code}`;
      resolve({ ok: !timedOut && code === 0, exit, lines: lines.slice(-KEEP_LINES) });
    });
  });
}

/** Workflow files a build must not write to: the base's build is not this step's output. */
const HOST_FILES = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'];

/**
 * Checks the base out into a temporary git worktree, runs the build there, measures the same globs, and removes the
 * worktree. Any failure on the way is a `problem` (reported as no-baseline), never an exception: the head's budgets
 * are still checked.
 */
export async function buildBase(
  ctx: CheckContext,
  ref: string,
  command: string,
  timeoutS: number,
  budgets: BudgetsFile,
  strip: HashStripper,
): Promise<BaseBuild> {
  checkRef(ref);
  const log: string[] = [];
  const git = (...args: string[]) => ctx.exec('git', args, { ignoreReturnCode: true });
  const top = await git('rev-parse', '--show-toplevel');
  if (top.exitCode !== 0) return { problem: `${ctx.cwd} is not in a git repository: ${top.stderr.trim()}`, log };
  const relCwd = path.relative(top.stdout.trim(), ctx.cwd);
  let sha = await git('rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`);
  if (sha.exitCode !== 0) {
    log.push(`${ref} is not in this clone; fetching it from origin`);
    await git('fetch', '--no-tags', '--depth=1', 'origin', ref);
    sha = await git('rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`);
    if (sha.exitCode !== 0) sha = await git('rev-parse', '--verify', '--quiet', 'FETCH_HEAD^{commit}');
    if (sha.exitCode !== 0)
      return {
        problem: `the base ${ref} is not in this clone and could not be fetched; check out with fetch-depth: 0`,
        log,
      };
  }
  const commit = sha.stdout.trim();
  const dir = mkdtempSync(path.join(ctx.tempDir, 'base-'));
  const added = await git('worktree', 'add', '--detach', dir, commit);
  try {
    if (added.exitCode !== 0)
      return { problem: `git worktree add failed: ${added.stderr.trim().split('\n').slice(-3).join(' ')}`, log };
    const env = { ...ctx.env };
    for (const k of HOST_FILES) delete env[k];
    const root = path.join(dir, relCwd);
    log.push(`building the base ${ref} (${commit.slice(0, 12)}) in ${dir}: ${command}`);
    const started = performance.now();
    const run = await runBounded(command, root, env, timeoutS);
    log.push(`base build ${run.exit} after ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (!run.ok)
      return {
        problem: `the build of the base ${ref} (${commit.slice(0, 12)}) ${run.exit}. Last output lines:\n${run.lines.slice(-15).join('\n') || '(no output)'}`,
        log,
      };
    const measured = await measureBuild(root, budgets.entries, strip);
    const entries: BaseSizes['entries'] = {};
    budgets.entries.forEach((e, i) => {
      const m = measured.entries[i];
      // An entry the base does not build yet is new in this pull request: no base to grow from.
      if (Object.keys(m.files).length > 0) entries[e.name] = m;
    });
    return { base: { source: `base ${ref} (${commit.slice(0, 12)})`, entries }, log };
  } finally {
    const removed = await git('worktree', 'remove', '--force', dir);
    if (removed.exitCode !== 0) {
      rmSync(dir, { recursive: true, force: true });
      await git('worktree', 'prune');
    }
  }
}
