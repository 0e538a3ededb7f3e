import type { CheckContext } from '../../core/check.js';
import { errorMessage } from '../../core/errors.js';

export const OUTAGE_LABEL = 'launchgate-outage';

export interface OutageUpdate {
  summary: string;
  /** Set when the alert could not be updated (no token, no permission): a warning, not a failed gate. */
  warning?: string;
}

/**
 * Counts consecutive failed scheduled runs of this workflow (this one included) from the run history, so the
 * count survives between runs without any store of our own; opens one outage issue when it reaches alert-after,
 * comments on it while the outage lasts, and closes it on the first passing run.
 */
export async function updateOutageIssue(
  ctx: CheckContext,
  opts: { failing: boolean; alertAfter: number; body: string },
): Promise<OutageUpdate> {
  const api = ctx.github;
  if (!api)
    return {
      summary: 'No token or repository: the outage issue was not checked.',
      warning: 'alert-issue is on but no github-token/GITHUB_REPOSITORY is available.',
    };
  // Every text sent to GitHub passes the redaction first: an issue body quotes server answers, which may echo a
  // password (the host's API masks too; this check does not rely on it).
  const gh = {
    request: (route: string, params: Record<string, unknown> = {}) =>
      api.request(route, ctx.secrets.redactDeep(params)),
  };
  try {
    const open = await gh.request('GET /repos/{owner}/{repo}/issues', {
      labels: OUTAGE_LABEL,
      state: 'open',
      per_page: 10,
    });
    const issue = (open.data as { number: number; pull_request?: unknown }[]).find((i) => !i.pull_request);
    if (!opts.failing) {
      if (!issue) return { summary: 'Passing; no outage issue is open.' };
      await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        issue_number: issue.number,
        body: `✅ Recovered: the smoke test passes again.\n\n${opts.body}`,
      });
      await gh.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        issue_number: issue.number,
        state: 'closed',
        state_reason: 'completed',
      });
      return { summary: `Passing: closed outage issue #${issue.number}.` };
    }
    const failures = 1 + (await previousConsecutiveFailures(ctx));
    if (issue) {
      await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        issue_number: issue.number,
        body: `❌ Still failing (${failures} consecutive failed runs).\n\n${opts.body}`,
      });
      return { summary: `Still failing: commented on outage issue #${issue.number}.` };
    }
    if (failures < opts.alertAfter)
      return { summary: `Failing: ${failures} consecutive failed run(s); an issue is opened at ${opts.alertAfter}.` };
    const created = await gh.request('POST /repos/{owner}/{repo}/issues', {
      title: `Outage: smoke test failing (${failures} consecutive runs)`,
      labels: [OUTAGE_LABEL],
      body: `The scheduled launchgate smoke test failed ${failures} times in a row.\n\n${opts.body}`,
    });
    return { summary: `Failing ${failures} times in a row: opened outage issue #${created.data.number}.` };
  } catch (err) {
    return {
      summary: 'The outage issue could not be updated.',
      warning: `Could not update the outage issue (needs issues: write and actions: read): ${errorMessage(err)}`,
    };
  }
}

async function previousConsecutiveFailures(ctx: CheckContext): Promise<number> {
  const gh = ctx.github!;
  if (!gh.runId) return 0;
  const run = await gh.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { run_id: gh.runId });
  const runs = await gh.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
    workflow_id: run.data.workflow_id,
    event: 'schedule',
    status: 'completed',
    per_page: 100,
  });
  let count = 0;
  for (const r of runs.data.workflow_runs as { id: number; conclusion: string }[]) {
    if (r.id === gh.runId) continue;
    if (r.conclusion !== 'failure') break;
    count++;
  }
  return count;
}
