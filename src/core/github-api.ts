import * as github from '@actions/github';
import type { GitHubApi } from './check.js';

/** The GitHub REST API for checks, through @actions/github (GITHUB_API_URL is honoured, so tests can stand in). */
export function githubFromToken(token: string, env: NodeJS.ProcessEnv): GitHubApi | undefined {
  const repository = env.GITHUB_REPOSITORY;
  if (!token || !repository || !repository.includes('/')) return undefined;
  const [owner, repo] = repository.split('/');
  const octokit = github.getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
  return {
    owner,
    repo,
    runId: env.GITHUB_RUN_ID ? Number(env.GITHUB_RUN_ID) : undefined,
    async request(route, params = {}) {
      const res = await octokit.request(route, { owner, repo, ...params });
      return { status: res.status, data: res.data };
    },
  };
}
