import type { HttpClient } from '../http/client.js';
import type { LocatedFlow } from '../smoke-test/flow-file.js';
import { checkUrl } from '../smoke-test/quick-check.js';
import { runFlow } from '../smoke-test/runner.js';
import type { Target } from './watch.js';

/** A quick check (the smoke gate's rule: 2xx, or 3xx to the same site) as a monitored target named by its URL. */
export function urlTarget(url: string, client: HttpClient, baseUrl: string | undefined): Target {
  return {
    name: url,
    async probe(at) {
      const r = await checkUrl(client, url, baseUrl);
      const answered = r.status !== undefined ? `HTTP ${r.status}` : undefined;
      return {
        at,
        ok: r.ok,
        ms: r.ms,
        error: r.ok ? undefined : (r.problem ?? 'failed'),
        excerpt: r.ok ? undefined : answered,
      };
    },
  };
}

/** A smoke flow (same file format) as a monitored target: it passes when every step and its time budget pass. */
export function flowTarget(
  flow: LocatedFlow,
  client: HttpClient,
  baseUrl: string | undefined,
  env: NodeJS.ProcessEnv,
  onSecret: (value: string) => void,
  redact: (text: string) => string,
): Target {
  return {
    name: flow.name,
    async probe(at) {
      const r = await runFlow(flow, { client, baseUrl, env, onSecret, redact });
      const failed = r.steps.find((s) => !s.ok && !s.skipped);
      const answered = r.steps.some((s) => s.status !== undefined);
      let error: string | undefined;
      if (failed) error = `${failed.step}: ${failed.failures.join('; ')}`;
      else if (r.overBudget) error = `took ${Math.round(r.ms)} ms; max-duration-ms is ${flow['max-duration-ms']}`;
      return {
        at,
        ok: r.ok,
        ms: answered ? r.ms : undefined,
        error,
        excerpt:
          failed?.status !== undefined
            ? `HTTP ${failed.status}${failed.excerpt ? ` ${failed.excerpt}` : ''}`
            : undefined,
      };
    },
  };
}
