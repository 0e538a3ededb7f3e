import { HttpClient, NetworkError, sleep } from './client.js';

export interface ReadyResult {
  ok: boolean;
  seconds: number;
  /** The last answer or network error, for the message when the app never came up. */
  last: string;
  /** Set when `abort` ended the wait (the started app exited, say). */
  aborted?: string;
}

/**
 * Polls a URL until it answers below 500, `abort` returns a reason, or the time is up. The one polling loop of
 * smoke's wait-for-ready and of the app that start-command starts.
 */
export async function pollUntilReady(
  client: HttpClient,
  url: string,
  opts: { seconds: number; intervalMs: number; abort?: () => string | undefined },
): Promise<ReadyResult> {
  const started = performance.now();
  const deadline = started + opts.seconds * 1000;
  const elapsed = () => (performance.now() - started) / 1000;
  let last = 'no answer yet';
  while (performance.now() < deadline) {
    const aborted = opts.abort?.();
    if (aborted) return { ok: false, seconds: elapsed(), last, aborted };
    try {
      const res = await client.send({ method: 'GET', url, headers: {} }, { followRedirects: false });
      if (res.status < 500) return { ok: true, seconds: elapsed(), last: `HTTP ${res.status}` };
      last = `HTTP ${res.status}`;
    } catch (err) {
      if (!(err instanceof NetworkError)) throw err;
      last = err.message;
    }
    await sleep(Math.min(opts.intervalMs, Math.max(0, deadline - performance.now())));
  }
  const aborted = opts.abort?.();
  return { ok: false, seconds: opts.seconds, last, ...(aborted ? { aborted } : {}) };
}
