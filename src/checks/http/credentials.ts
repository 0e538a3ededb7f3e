/**
 * `https://user:pw@host/` in a base URL or a quick-check URL: the credentials are secrets, and they are sent as
 * HTTP Basic auth (undici, like fetch, never sends the userinfo of a URL by itself).
 */
export interface UrlCredentials {
  /** The URL without its userinfo, safe to print once the secrets are registered. */
  url: string;
  /** `Basic …`, or undefined when the URL has no userinfo. */
  authorization?: string;
  /** Every spelling of the credentials that could reach a log: decoded, as written, and base64. */
  secrets: string[];
}

export function urlCredentials(raw: string): UrlCredentials {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { url: raw, secrets: [] };
  }
  if (!url.username && !url.password) return { url: raw, secrets: [] };
  const user = safeDecode(url.username);
  const password = safeDecode(url.password);
  const pair = `${user}:${password}`;
  const basic = Buffer.from(pair, 'utf8').toString('base64');
  const secrets = [url.password, password, `${url.username}:${url.password}`, pair, basic].filter(Boolean);
  url.username = '';
  url.password = '';
  return { url: url.href, authorization: `Basic ${basic}`, secrets };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Scheme, host and port: a redirect that changes any of them leaves the origin the credentials were meant for. */
export function sameOrigin(a: URL, b: URL): boolean {
  return a.origin === b.origin;
}
