import type { Logger, HostServices, ToolRequest } from '../core/check.js';
import type { SecretRegistry } from '../core/secrets.js';
import { execCaptured } from './exec.js';
import { githubFromToken } from './github-api.js';

/** What the GitHub host and the CLI give a check: child processes, verified tool downloads, the GitHub API. */
export function hostServices(env: NodeJS.ProcessEnv, secrets: SecretRegistry): HostServices {
  return {
    exec: execCaptured,
    installTool: async (request: ToolRequest, log: Logger) => (await import('./tools.js')).installTool(request, log),
    github: (token) => githubFromToken(token, env, secrets),
  };
}
