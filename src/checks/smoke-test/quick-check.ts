import { getDomain } from 'tldts';
import { HttpClient, NetworkError } from '../http/client.js';

export interface UrlResult {
  url: string;
  ok: boolean;
  status?: number;
  ms?: number;
  problem?: string;
}

/**
 * Two hosts are the same site when they share their registrable domain by the Public Suffix List, private suffixes
 * included (www.example.co.uk ~ example.co.uk, but myapp.github.io ≁ evil.github.io); IP addresses only match themselves.
 */
export function sameSite(a: string, b: string): boolean {
  const site = (h: string) => getDomain(h, { allowPrivateDomains: true }) ?? h.toLowerCase();
  return site(a) === site(b);
}

/** A quick check passes on 2xx, or on 3xx to a location on the same site (a login redirect, say). */
export async function checkUrl(client: HttpClient, raw: string, baseUrl?: string): Promise<UrlResult> {
  let url: URL;
  try {
    url = new URL(raw, baseUrl);
    if (!/^https?:$/.test(url.protocol)) throw new Error('not http');
  } catch {
    return { url: raw, ok: false, problem: `invalid URL${baseUrl ? '' : ' (relative URLs need base-url)'}` };
  }
  try {
    const res = await client.send({ method: 'GET', url: url.href, headers: {} }, { followRedirects: false });
    if (res.status >= 200 && res.status < 300) return { url: raw, ok: true, status: res.status, ms: res.ms };
    if (res.status >= 300 && res.status < 400) {
      const location = res.headers.location;
      if (!location)
        return {
          url: raw,
          ok: false,
          status: res.status,
          ms: res.ms,
          problem: `HTTP ${res.status} without a Location header`,
        };
      const target = new URL(location, url);
      if (sameSite(target.hostname, url.hostname)) return { url: raw, ok: true, status: res.status, ms: res.ms };
      return {
        url: raw,
        ok: false,
        status: res.status,
        ms: res.ms,
        problem: `HTTP ${res.status} to another site: ${target.origin}`,
      };
    }
    return { url: raw, ok: false, status: res.status, ms: res.ms, problem: `HTTP ${res.status}` };
  } catch (err) {
    if (err instanceof NetworkError) return { url: raw, ok: false, problem: err.message };
    throw err;
  }
}
