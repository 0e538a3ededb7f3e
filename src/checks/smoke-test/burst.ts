import type { CookieJar } from 'tough-cookie';
import { sleep, type HttpClient, type HttpResponse } from '../http/client.js';
import type { RequestSpec } from '../http/schema.js';
import { RequestBuildError, buildRequest } from '../http/step.js';

export interface BurstOutcome {
  /** Requests sent, the limiting one included. */
  sent: number;
  /** The answer that ended the burst (a 429, say), or undefined when every request was accepted. */
  limitedBy?: HttpResponse;
  last?: HttpResponse;
  ms: number;
}

/**
 * Sends the request up to `requests` times, evenly over `withinS` seconds, one at a time, and stops at the first
 * answer in `stopOn`. No retries: a retry would hide the limit. The URL is a path of the base URL (the schema
 * refuses anything else), so a burst never reaches another host.
 */
export async function runBurst(
  spec: RequestSpec,
  burst: { requests: number; withinS: number; stopOn: number[] },
  opts: { client: HttpClient; baseUrl?: string; vars: Record<string, string>; env: NodeJS.ProcessEnv; jar: CookieJar },
): Promise<BurstOutcome> {
  const req = buildRequest(spec, opts.baseUrl, opts.vars, opts.env);
  // The path is checked when the file is read; a captured value filled into it must not lead elsewhere either.
  if (!opts.baseUrl || new URL(req.url).origin !== new URL(opts.baseUrl).origin)
    throw new RequestBuildError(`a burst goes to the base URL only; ${new URL(req.url).origin} is another origin`);
  const intervalMs = (burst.withinS * 1000) / burst.requests;
  const started = performance.now();
  let last: HttpResponse | undefined;
  for (let i = 1; i <= burst.requests; i++) {
    const due = started + (i - 1) * intervalMs;
    await sleep(Math.max(0, due - performance.now()));
    last = await opts.client.send(req, { jar: opts.jar, followRedirects: false, retries: 0 });
    if (burst.stopOn.includes(last.status)) return { sent: i, limitedBy: last, last, ms: performance.now() - started };
  }
  return { sent: burst.requests, last, ms: performance.now() - started };
}

/** Retry-After and the RateLimit-* / X-RateLimit-* headers of a limiting answer, in one line. */
export function rateLimitHeaders(res: HttpResponse): string {
  return Object.entries(res.headers)
    .filter(([k]) => k === 'retry-after' || /^(x-)?ratelimit(-|$)/.test(k))
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
}
