import type { GitHubApi } from '../core/check.js';
import type { SecretRegistry } from '../core/secrets.js';

/**
 * The GitHub REST API for checks, through @actions/github (GITHUB_API_URL is honoured, so tests can stand in).
 * Every string in a request's parameters passes through the SecretRegistry first: an issue or comment body built
 * in a check cannot carry a secret out. Octokit is loaded on the first request, not at start.
 */
export function githubFromToken(token: string, env: NodeJS.ProcessEnv, secrets: SecretRegistry): GitHubApi | undefined {
  const repository = env.GITHUB_REPOSITORY;
  if (!token || !repository || !repository.includes('/')) return undefined;
  const [owner, repo] = repository.split('/');
  let octokit: Promise<ReturnType<typeof import('@actions/github').getOctokit>> | undefined;
  return {
    owner,
    repo,
    runId: env.GITHUB_RUN_ID ? Number(env.GITHUB_RUN_ID) : undefined,
    async request(route, params = {}) {
      octokit ??= import('@actions/github').then((github) =>
        github.getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' }),
      );
      const res = await (await octokit).request(route, secrets.redactDeep({ owner, repo, ...params }));
      return { status: res.status, data: res.data };
    },
  };
}
