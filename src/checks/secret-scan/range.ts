import type { CheckContext } from '../../core/check.js';
import { UserError } from '../../core/errors.js';
import { gitOutput } from './git-process.js';

const ZERO = /^0+$/;

export interface ScanRange {
  /** Arguments for `git log`/`git rev-list`: `base..head`, or `head --not origin/main`, or `HEAD`. */
  revs: string[];
  label: string;
  /** A PR or push range that must contain commits: scanning none is a failure, not a pass. */
  mustHaveCommits: boolean;
}

async function git(ctx: CheckContext, args: string[]) {
  return ctx.exec('git', args, { ignoreReturnCode: true });
}

async function exists(ctx: CheckContext, rev: string): Promise<boolean> {
  return (await git(ctx, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).exitCode === 0;
}

/**
 * A shallow clone hides history: fetch the rest, or fail saying how to get it. Returns the repository's git
 * directory (asked in the same call), which the history's readers then need not ask for.
 */
export async function ensureFullHistory(ctx: CheckContext): Promise<string | undefined> {
  let answer: string;
  try {
    // git started at once (see countCommits): this is on the way to the scan's first byte.
    answer = await gitOutput(ctx.cwd, ['rev-parse', '--is-shallow-repository', '--absolute-git-dir']);
  } catch {
    throw new UserError(`${ctx.cwd} is not a git repository (use mode: tree to scan files only).`);
  }
  const [isShallow, gitDirLine] = answer.trim().split('\n');
  const gitDir = gitDirLine?.trim() || undefined;
  if (isShallow.trim() !== 'true') return gitDir;
  ctx.log.info('Shallow clone: fetching the full history to scan it.');
  const fetched = await git(ctx, ['fetch', '--unshallow', '--quiet', '--no-tags']);
  // With no remote, git fetch does nothing and still exits 0: look again rather than trust the exit code.
  const still = (await git(ctx, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
  if (fetched.exitCode !== 0 || still) {
    throw new UserError(
      `The clone is shallow and the rest of its history could not be fetched (${fetched.stderr.trim().split('\n')[0] || 'git fetch --unshallow fetched nothing'}). Set fetch-depth: 0 on actions/checkout.`,
    );
  }
  return gitDir;
}

async function requireRev(ctx: CheckContext, rev: string, what: string): Promise<void> {
  if (!(await exists(ctx, rev))) {
    throw new UserError(
      `The ${what} '${rev}' is not in this clone. Set fetch-depth: 0 on actions/checkout, or fetch it (git fetch origin ${rev}).`,
    );
  }
}

/** What to scan, from the mode and the triggering event. */
export async function resolveRange(
  ctx: CheckContext,
  mode: 'auto' | 'diff' | 'history',
  base: string,
  head: string,
): Promise<ScanRange> {
  const event = ctx.event;
  const p = event.payload;
  if (mode === 'diff') {
    if (!base) throw new UserError(`Input 'base' is required with mode: diff.`);
    await requireRev(ctx, base, 'base');
    await requireRev(ctx, head, 'head');
    return { revs: [`${base}..${head}`], label: `${base}..${head}`, mustHaveCommits: true };
  }
  if (mode === 'history') return { revs: ['HEAD'], label: 'full history of HEAD', mustHaveCommits: false };
  // auto
  if (event.name === 'pull_request' || event.name === 'pull_request_target') {
    const b = p.pull_request?.base?.sha;
    const h = p.pull_request?.head?.sha ?? 'HEAD';
    if (!b)
      throw new UserError(`The ${event.name} event has no pull_request.base.sha; use mode: diff with base and head.`);
    await requireRev(ctx, b, 'pull request base');
    const headRev = (await exists(ctx, h)) ? h : 'HEAD';
    return {
      revs: [`${b}..${headRev}`],
      label: `pull request #${p.pull_request?.number ?? '?'} (${b.slice(0, 7)}..${headRev.slice(0, 7)})`,
      mustHaveCommits: true,
    };
  }
  if (event.name === 'merge_group') {
    const b = p.merge_group?.base_sha;
    const h = p.merge_group?.head_sha ?? 'HEAD';
    if (!b) throw new UserError('The merge_group event has no merge_group.base_sha.');
    await requireRev(ctx, b, 'merge queue base');
    return {
      revs: [`${b}..${(await exists(ctx, h)) ? h : 'HEAD'}`],
      label: `merge queue ${b.slice(0, 7)}..${String(h).slice(0, 7)}`,
      mustHaveCommits: true,
    };
  }
  if (event.name === 'push') {
    const after = p.after && (await exists(ctx, p.after)) ? p.after : 'HEAD';
    const before: string | undefined = p.before;
    const defaultBranch = p.repository?.default_branch;
    if (before && !ZERO.test(before) && (await exists(ctx, before))) {
      return {
        revs: [`${before}..${after}`],
        label: `pushed commits ${before.slice(0, 7)}..${after.slice(0, 7)}`,
        mustHaveCommits: !p.deleted && before !== p.after,
      };
    }
    // A new branch (before is all zeros) or a force push whose old tip is gone: what is not on the default branch.
    const remoteDefault = defaultBranch ? `refs/remotes/origin/${defaultBranch}` : undefined;
    if (remoteDefault && (await exists(ctx, remoteDefault))) {
      const ref = p.ref as string | undefined;
      if (ref === `refs/heads/${defaultBranch}`)
        return {
          revs: [after],
          label: `default branch ${defaultBranch} (new or rewritten: full history)`,
          mustHaveCommits: true,
        };
      return {
        revs: [after, '--not', remoteDefault],
        label: `commits not on ${defaultBranch}`,
        mustHaveCommits: false,
      };
    }
    throw new UserError(
      `Cannot tell which commits this push added (before=${before ?? 'none'} is ${before && !ZERO.test(before) ? 'not in the clone' : 'a new branch'}, and origin/${defaultBranch ?? '<default branch>'} is not fetched). Set fetch-depth: 0 on actions/checkout.`,
    );
  }
  // schedule, workflow_dispatch, local runs: everything.
  return { revs: ['HEAD'], label: 'full history of HEAD', mustHaveCommits: false };
}

/**
 * How many commits git lists in the range. git is started at once (not through ctx.exec, which looks git up on the
 * PATH first), so that it counts while the caller builds the rules.
 */
export async function countCommits(ctx: CheckContext, revs: string[]): Promise<number> {
  return Number((await gitOutput(ctx.cwd, ['rev-list', '--count', ...revs])).trim());
}
