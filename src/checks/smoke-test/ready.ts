import { HttpClient, NetworkError, sleep } from '../http/client.js';

/** Polls a URL once a second until it answers below 500, or the time is up. */
export async function waitForReady(
  client: HttpClient,
  url: string,
  seconds: number,
): Promise<{ ok: boolean; seconds: number; last: string }> {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let last = 'no attempt';
  while (performance.now() < deadline) {
    try {
      const res = await client.send({ method: 'GET', url, headers: {} }, { followRedirects: false });
      if (res.status < 500)
        return { ok: true, seconds: (performance.now() - started) / 1000, last: `HTTP ${res.status}` };
      last = `HTTP ${res.status}`;
    } catch (err) {
      if (!(err instanceof NetworkError)) throw err;
      last = err.message;
    }
    await sleep(Math.min(1000, Math.max(0, deadline - performance.now())));
  }
  return { ok: false, seconds, last };
}
