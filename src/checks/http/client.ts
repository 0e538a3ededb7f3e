import { Agent, request } from 'undici';
import { rootCertificates } from 'node:tls';
import type { CookieJar } from 'tough-cookie';
import { urlCredentials } from './credentials.js';

export type NetworkErrorKind = 'dns' | 'refused' | 'tls' | 'timeout' | 'reset' | 'other';

/** A request that got no HTTP answer, with the cause in words a person can act on. */
export class NetworkError extends Error {
  constructor(
    readonly kind: NetworkErrorKind,
    readonly host: string,
    detail: string,
  ) {
    const what = {
      dns: 'DNS lookup failed',
      refused: 'connection refused',
      tls: 'TLS error',
      timeout: 'timed out',
      reset: 'connection reset',
      other: 'network error',
    }[kind];
    super(`${host}: ${what} (${detail})`);
    this.name = 'NetworkError';
  }
}

/**
 * A redirect launchgate refuses to follow: a 307/308 that would carry the request body to another origin, or a
 * chain longer than MAX_REDIRECTS. Not a network error, so it is never retried.
 */
export class RedirectError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedirectError';
  }
}

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ALTNAME|ERR_SSL|ERR_TLS/;

export function classifyNetworkError(err: unknown, host: string): NetworkError {
  let e: any = err;
  // undici wraps the socket error in `cause`; the code that names the problem is on the innermost one.
  while (e && !e.code && e.cause) e = e.cause;
  // An AbortSignal timeout is a DOMException whose numeric code (23) says less than its name.
  const code: string = typeof e?.code === 'string' ? e.code : (e?.name ?? '');
  const message: string = e?.message ?? String(err);
  let kind: NetworkErrorKind = 'other';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL') kind = 'dns';
  else if (code === 'ECONNREFUSED') kind = 'refused';
  else if (/TIMEOUT/i.test(code) || code === 'AbortError' || code === 'TimeoutError' || code === 'ETIMEDOUT')
    kind = 'timeout';
  else if (TLS_CODES.test(code)) kind = 'tls';
  else if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') kind = 'reset';
  return new NetworkError(kind, host, code && !message.includes(code) ? `${code}: ${message}` : message);
}

export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** Names of headers that carry credentials (filled from `${env.*}` or captures): never sent to another origin. */
  credentialHeaders?: string[];
}

/** Headers that always carry credentials; fetch drops them on a cross-origin redirect too. */
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie'];

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  /** Set-Cookie values, kept apart because they cannot be joined with commas. */
  setCookies: string[];
  body: string;
  truncated: boolean;
  /** Time of the last attempt, redirects included, in milliseconds. */
  ms: number;
  url: string;
  attempts: number;
}

export interface HttpClientOptions {
  timeoutMs: number;
  retries: number;
  /** Extra CA certificates (PEM) trusted besides the system's. */
  ca?: string;
  maxBodyBytes?: number;
  /** Sleeps between retries; replaceable in tests. */
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (attempt: number, reason: string) => void;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Exponential backoff with full jitter: 0…250 ms, 0…500 ms, 0…1 s, capped at 4 s. */
export function backoffMs(attempt: number, random = Math.random): number {
  return Math.round(random() * Math.min(4000, 250 * 2 ** attempt));
}

export class HttpClient {
  private readonly agent: Agent;

  constructor(private readonly options: HttpClientOptions) {
    this.agent = new Agent({
      connect: { timeout: options.timeoutMs, ...(options.ca ? { ca: [...rootCertificates, options.ca] } : {}) },
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  /** Sends a request, following redirects and retrying network errors and 5xx answers. */
  async send(
    req: OutgoingRequest,
    opts: { jar?: CookieJar; followRedirects?: boolean; retries?: number } = {},
  ): Promise<HttpResponse> {
    const retries = opts.retries ?? this.options.retries;
    let attempt = 0;
    for (;;) {
      attempt++;
      try {
        const res = await this.sendOnce(req, opts.jar, opts.followRedirects ?? true);
        if (res.status >= 500 && attempt <= retries) {
          this.options.onRetry?.(attempt, `HTTP ${res.status}`);
          await (this.options.sleep ?? sleep)(backoffMs(attempt - 1));
          continue;
        }
        return { ...res, attempts: attempt };
      } catch (err) {
        if (!(err instanceof NetworkError) || attempt > retries) throw err;
        this.options.onRetry?.(attempt, err.message);
        await (this.options.sleep ?? sleep)(backoffMs(attempt - 1));
      }
    }
  }

  private async sendOnce(
    req: OutgoingRequest,
    jar: CookieJar | undefined,
    followRedirects: boolean,
  ): Promise<Omit<HttpResponse, 'attempts'>> {
    const started = performance.now();
    let current = withUrlCredentials(req);
    for (let hop = 0; ; hop++) {
      const url = new URL(current.url);
      const headers: Record<string, string> = { 'user-agent': 'launchgate', ...current.headers };
      if (jar) {
        const cookie = await jar.getCookieString(url.href);
        if (cookie) headers.cookie = headers.cookie ? `${headers.cookie}; ${cookie}` : cookie;
      }
      let res;
      try {
        res = await request(url, {
          method: current.method as any,
          headers,
          body: current.body,
          dispatcher: this.agent,
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
      } catch (err) {
        throw classifyNetworkError(err, url.host);
      }
      const flat: Record<string, string> = {};
      let setCookies: string[] = [];
      for (const [k, v] of Object.entries(res.headers)) {
        if (v === undefined) continue;
        if (k === 'set-cookie') setCookies = Array.isArray(v) ? v : [v];
        flat[k] = Array.isArray(v) ? v.join(', ') : v;
      }
      if (jar) for (const c of setCookies) await jar.setCookie(c, url.href, { ignoreError: true });
      const location = flat.location;
      if (followRedirects && REDIRECTS.has(res.statusCode) && location) {
        await res.body.dump();
        // A chain that never ends is an error, not its last 3xx (which would pass a "2xx or 3xx" expectation).
        if (hop >= MAX_REDIRECTS)
          throw new RedirectError(
            `${current.method} ${url.origin}: more than ${MAX_REDIRECTS} redirects; not followed further`,
          );
        const target = redirectTarget(location, url, res.statusCode, current.method);
        // Userinfo in a Location comes from the server, not from the user: it is never used.
        target.username = '';
        target.password = '';
        const keepMethod =
          res.statusCode === 307 || res.statusCode === 308 || (res.statusCode !== 303 && current.method === 'GET');
        // fetch and curl re-send the body of a 307/308 to wherever it points; a form, a login or a signed webhook
        // is meant for its own origin, so launchgate stops there and says where it would have gone.
        if (keepMethod && current.body !== undefined && target.origin !== url.origin)
          throw new RedirectError(
            `${current.method} ${url.origin}${url.pathname} answered ${res.statusCode} to ${target.origin}${target.pathname}, ` +
              `another origin: not followed, because a ${res.statusCode} re-sends the request body there. ` +
              `Point the step at the final URL, or set follow-redirects: false and expect status ${res.statusCode}.`,
          );
        current = keepMethod
          ? { ...current, url: target.href }
          : {
              ...current,
              method: 'GET',
              url: target.href,
              headers: withoutBodyHeaders(current.headers),
              body: undefined,
            };
        // Another origin gets none of the credentials meant for this one (as fetch and browsers do).
        if (target.origin !== url.origin) current = withoutCredentials(current);
        continue;
      }
      const { body, truncated } = await readBounded(res.body, this.options.maxBodyBytes ?? 1024 * 1024, url.host);
      return {
        status: res.statusCode,
        headers: flat,
        setCookies,
        body,
        truncated,
        ms: performance.now() - started,
        url: url.href,
      };
    }
  }
}

/**
 * Where a Location points, resolved against the URL that answered. A Location that is not a URL, or not http(s)
 * (file:, data:, javascript:), is the server's error and never followed: the step fails saying what it was.
 */
function redirectTarget(location: string, from: URL, status: number, method: string): URL {
  let target: URL | undefined;
  try {
    target = new URL(location, from);
  } catch {
    target = undefined;
  }
  if (target && (target.protocol === 'http:' || target.protocol === 'https:')) return target;
  const shown = JSON.stringify(location.length > 100 ? `${location.slice(0, 100)}…` : location);
  throw new RedirectError(
    `${method} ${from.origin}${from.pathname} answered ${status} with Location ${shown}, ` +
      `${target ? `a ${target.protocol} URL` : 'not a URL'}: not followed (only http and https are).`,
  );
}

/** Moves `user:pw@` out of the URL into a Basic Authorization header (an explicit Authorization wins). */
function withUrlCredentials(req: OutgoingRequest): OutgoingRequest {
  const creds = urlCredentials(req.url);
  if (!creds.authorization) return { ...req };
  const hasAuth = Object.keys(req.headers).some((h) => h.toLowerCase() === 'authorization');
  return {
    ...req,
    url: creds.url,
    headers: hasAuth ? req.headers : { ...req.headers, authorization: creds.authorization },
  };
}

function withoutCredentials(req: OutgoingRequest): OutgoingRequest {
  const drop = new Set([...CREDENTIAL_HEADERS, ...(req.credentialHeaders ?? []).map((h) => h.toLowerCase())]);
  return {
    ...req,
    headers: Object.fromEntries(Object.entries(req.headers).filter(([k]) => !drop.has(k.toLowerCase()))),
  };
}

function withoutBodyHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !/^content-(type|length)$/i.test(k)));
}

/** Reads at most `limit` bytes of a body, then stops reading: a huge answer must not fill memory. */
async function readBounded(
  body: AsyncIterable<Buffer> & { destroy(): void },
  limit: number,
  host: string,
): Promise<{ body: string; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      chunks.push(chunk);
      size += chunk.length;
      if (size > limit) {
        body.destroy();
        return { body: Buffer.concat(chunks).subarray(0, limit).toString('utf8'), truncated: true };
      }
    }
  } catch (err) {
    throw classifyNetworkError(err, host);
  }
  return { body: Buffer.concat(chunks).toString('utf8'), truncated: false };
}
