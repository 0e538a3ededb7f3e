import { errorMessage } from '../core/errors.js';
import type { Logger, RunEvent } from '../core/check.js';
import type { SecretRegistry } from '../core/secrets.js';

const MAX_COMMENT = 65000;

/** The login GITHUB_TOKEN comments as; GET /user is refused to installation tokens, so it is the fallback. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/**
 * One comment per check on the pull request, found by a hidden marker and by its author (the token's own identity:
 * anyone can paste the marker into a comment of theirs), and updated in place; if the update fails, a new comment
 * is posted. A fork PR, a missing token or a 403 is a warning, never a failure of the gate.
 */
export async function upsertPrComment(opts: {
  token: string;
  check: string;
  body: string;
  event: RunEvent;
  repository: string | undefined;
  log: Logger;
  secrets: SecretRegistry;
}): Promise<void> {
  const pr = opts.event.payload.pull_request?.number ?? opts.event.payload.issue?.number;
  if (!pr || !opts.repository) {
    opts.log.warning(`pr-comment is on, but this ${opts.event.name} run has no pull request to comment on.`);
    return;
  }
  if (!opts.token) {
    opts.log.warning('pr-comment is on, but no github-token was given; skipping the comment.');
    return;
  }
  const [owner, repo] = opts.repository.split('/');
  const marker = `<!-- launchgate:${opts.check} -->`;
  let body = opts.secrets.redact(`${marker}\n${opts.body}`);
  if (body.length > MAX_COMMENT) body = body.slice(0, MAX_COMMENT) + '\n\n_(cut: the job summary has the rest)_';
  try {
    const github = await import('@actions/github');
    const octokit = github.getOctokit(opts.token);
    const me = await octokit.rest.users.getAuthenticated().then(
      (res) => res.data.login,
      () => ACTIONS_BOT_LOGIN,
    );
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pr,
      per_page: 100,
    });
    const mine = comments.find((c) => c.body?.includes(marker) && c.user?.login === me);
    if (mine) {
      try {
        await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
        return;
      } catch (err) {
        opts.log.warning(`Could not update comment ${mine.id} (${errorMessage(err)}); posting a new one.`);
      }
    }
    await octokit.rest.issues.createComment({ owner, repo, issue_number: pr, body });
  } catch (err) {
    opts.log.warning(
      `Could not post the pull-request comment (a fork PR or a token without pull-requests: write?): ${errorMessage(err)}`,
    );
  }
}
