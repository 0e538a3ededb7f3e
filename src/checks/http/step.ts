import type { CookieJar } from 'tough-cookie';
import type { HttpClient, HttpResponse, OutgoingRequest } from './client.js';
import { evalJsonPath } from './jsonpath.js';
import type { CaptureSpec, Comparison, ExchangeSpec, ExpectSpec, RequestSpec } from './schema.js';
import { signatureHeaders, tamperBody } from './sign.js';
import { interpolate, interpolateDeep } from './template.js';

export class RequestBuildError extends Error {}

/** Turns a request spec into a concrete request: variables filled in, URL resolved against the base, body encoded. */
export function buildRequest(
  spec: RequestSpec,
  baseUrl: string | undefined,
  vars: Record<string, string>,
  env: NodeJS.ProcessEnv,
  now = Date.now(),
): OutgoingRequest {
  const rawUrl = interpolate(spec.url, vars, env);
  let url: URL;
  try {
    url = /^[a-z][a-z0-9+.-]*:/i.test(rawUrl) ? new URL(rawUrl) : new URL(rawUrl, requireBase(baseUrl, rawUrl));
  } catch (err) {
    if (err instanceof RequestBuildError) throw err;
    throw new RequestBuildError(`invalid URL '${rawUrl}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new RequestBuildError(`URL '${rawUrl}' is not http or https`);
  for (const [k, v] of Object.entries(spec.query ?? {})) url.searchParams.append(k, interpolate(String(v), vars, env));
  const headers = interpolateDeep(spec.headers ?? {}, vars, env);
  // A header filled from `${env.*}` or a capture holds a credential: it stays on the origin it was meant for.
  const credentialHeaders = Object.entries(spec.headers ?? {})
    .filter(([, v]) => /\$\{\s*[A-Za-z_]/.test(v))
    .map(([k]) => k);
  const has = (name: string) => Object.keys(headers).some((h) => h.toLowerCase() === name);
  let body: string | undefined;
  if (spec.json !== undefined) {
    body = JSON.stringify(interpolateDeep(spec.json, vars, env));
    if (!has('content-type')) headers['content-type'] = 'application/json';
  } else if (spec.form !== undefined) {
    body = new URLSearchParams(
      Object.entries(spec.form).map(([k, v]): [string, string] => [k, interpolate(String(v), vars, env)]),
    ).toString();
    if (!has('content-type')) headers['content-type'] = 'application/x-www-form-urlencoded';
  } else if (spec.body !== undefined) body = interpolate(spec.body, vars, env);
  if (spec.sign) {
    const secret = interpolate(spec.sign.secret, vars, env);
    const timestamp = Math.floor(now / 1000) + (spec['timestamp-offset-s'] ?? 0);
    if (!spec.unsigned) {
      const signature = signatureHeaders(spec.sign, body ?? '', { secret, timestamp });
      Object.assign(headers, signature);
      // A signature proves knowledge of the secret: it stays on its origin like any credential.
      credentialHeaders.push(...Object.keys(signature));
    }
    if (spec.tamper) body = tamperBody(body ?? '');
  }
  return { method: spec.method, url: url.href, headers, body, credentialHeaders };
}

function requireBase(baseUrl: string | undefined, rawUrl: string): string {
  if (!baseUrl)
    throw new RequestBuildError(
      `URL '${rawUrl}' is relative but no base-url is set (input base-url or the flow file's base-url)`,
    );
  return baseUrl;
}

function parseJson(res: HttpResponse): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(res.body) };
  } catch {
    return { ok: false };
  }
}

const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));
const COMPARISON_KEYS = new Set(['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'exists', 'matches']);

export function isComparison(v: unknown): v is Comparison {
  return (
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.keys(v).length > 0 &&
    Object.keys(v).every((k) => COMPARISON_KEYS.has(k))
  );
}

function compare(path: string, found: boolean, value: unknown, want: unknown): string[] {
  if (!isComparison(want)) {
    return found && JSON.stringify(value) === JSON.stringify(want)
      ? []
      : [`${path}: expected ${show(want)}, got ${found ? show(value) : 'no such path'}`];
  }
  const out: string[] = [];
  if (want.exists !== undefined && want.exists !== found)
    out.push(`${path}: expected it to ${want.exists ? 'exist' : 'be absent'}`);
  if (!found) {
    if (want.exists === undefined || Object.keys(want).length > 1) out.push(`${path}: no such path`);
    return out;
  }
  const num = typeof value === 'number' ? value : NaN;
  if (want.eq !== undefined && JSON.stringify(value) !== JSON.stringify(want.eq))
    out.push(`${path}: expected ${show(want.eq)}, got ${show(value)}`);
  if (want.ne !== undefined && JSON.stringify(value) === JSON.stringify(want.ne))
    out.push(`${path}: expected anything but ${show(want.ne)}`);
  if (want.gt !== undefined && !(num > want.gt)) out.push(`${path}: expected > ${want.gt}, got ${show(value)}`);
  if (want.gte !== undefined && !(num >= want.gte)) out.push(`${path}: expected >= ${want.gte}, got ${show(value)}`);
  if (want.lt !== undefined && !(num < want.lt)) out.push(`${path}: expected < ${want.lt}, got ${show(value)}`);
  if (want.lte !== undefined && !(num <= want.lte)) out.push(`${path}: expected <= ${want.lte}, got ${show(value)}`);
  if (want.matches !== undefined && !new RegExp(want.matches).test(String(value)))
    out.push(`${path}: expected to match /${want.matches}/, got ${show(value)}`);
  return out;
}

/** Every way the response misses its expectations, in words; empty when it meets them all. */
export function checkExpectations(exp: ExpectSpec | undefined, res: HttpResponse): string[] {
  const failures: string[] = [];
  const e = exp ?? {};
  if (e.status !== undefined || e['status-any'] !== undefined) {
    const allowed = e['status-any'] ?? (Array.isArray(e.status) ? e.status : [e.status!]);
    if (!allowed.includes(res.status)) failures.push(`status: expected ${allowed.join(' or ')}, got ${res.status}`);
  } else if (res.status >= 400) failures.push(`status: expected 2xx or 3xx, got ${res.status}`);
  for (const needle of typeof e['body-contains'] === 'string' ? [e['body-contains']] : (e['body-contains'] ?? [])) {
    if (!res.body.includes(needle)) failures.push(`body: expected to contain ${JSON.stringify(needle)}`);
  }
  if (e['body-matches'] !== undefined && !new RegExp(e['body-matches']).test(res.body))
    failures.push(`body: expected to match /${e['body-matches']}/`);
  for (const [name, want] of Object.entries(e.headers ?? {})) {
    const got = res.headers[name.toLowerCase()];
    if (typeof want === 'string' ? got !== want : got === undefined || !new RegExp(want.matches).test(got)) {
      failures.push(
        `header ${name}: expected ${typeof want === 'string' ? JSON.stringify(want) : `/${want.matches}/`}, got ${got === undefined ? 'none' : JSON.stringify(got)}`,
      );
    }
  }
  if (e.json) {
    const parsed = parseJson(res);
    if (!parsed.ok) failures.push(`body: expected JSON, got ${res.headers['content-type'] ?? 'no content-type'}`);
    else
      for (const [path, want] of Object.entries(e.json)) {
        const { found, value } = evalJsonPath(parsed.value, path);
        failures.push(...compare(path, found, value, want));
      }
  }
  if (e['max-ms'] !== undefined && res.ms > e['max-ms'])
    failures.push(`time: expected at most ${e['max-ms']} ms, took ${Math.round(res.ms)} ms`);
  return failures;
}

/** Reads captures from the response; a capture that finds nothing is a failure, never an empty variable. */
export async function runCaptures(
  spec: CaptureSpec | undefined,
  res: HttpResponse,
  jar?: CookieJar,
): Promise<{ vars: Record<string, string>; failures: string[] }> {
  const vars: Record<string, string> = {};
  const failures: string[] = [];
  let json: { ok: true; value: unknown } | { ok: false } | undefined;
  for (const [name, source] of Object.entries(spec ?? {})) {
    let value: unknown;
    if (typeof source === 'string' || 'json' in source) {
      json ??= parseJson(res);
      const path = typeof source === 'string' ? source : source.json;
      value = json.ok ? evalJsonPath(json.value, path).value : undefined;
    } else if ('header' in source) value = res.headers[source.header.toLowerCase()];
    else if ('cookie' in source) {
      const cookies = jar ? await jar.getCookies(res.url) : [];
      value = cookies.find((c) => c.key === source.cookie)?.value;
    } else value = new RegExp(source.regex).exec(res.body)?.[source.group];
    if (value === undefined || value === null) failures.push(`capture ${name}: nothing found`);
    else vars[name] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return { vars, failures };
}

export interface ExchangeResult {
  /** The request as sent, so a later step can replay it byte for byte. */
  req: OutgoingRequest;
  res: HttpResponse;
  /** Every missed expectation and empty capture, in words; empty when the exchange passed. */
  failures: string[];
  vars: Record<string, string>;
}

/**
 * Sends one exchange (request, expect, capture) with the given cookie jar: the one way a smoke step and a latency
 * setup login run. Captured values are handed to `onSecret` before anything else sees them.
 */
export async function runExchange(
  step: Omit<ExchangeSpec, 'request'> & { request?: RequestSpec },
  opts: {
    /** A request already built (a replay): sent as it is. */
    prepared?: OutgoingRequest;
    client: HttpClient;
    baseUrl?: string;
    vars: Record<string, string>;
    env: NodeJS.ProcessEnv;
    jar: CookieJar;
    onSecret: (value: string) => void;
  },
): Promise<ExchangeResult> {
  const req = opts.prepared ?? buildRequest(step.request!, opts.baseUrl, opts.vars, opts.env);
  const res = await opts.client.send(req, { jar: opts.jar, followRedirects: step.request?.['follow-redirects'] });
  const failures = checkExpectations(step.expect, res);
  const captured = await runCaptures(step.capture, res, opts.jar);
  for (const value of Object.values(captured.vars)) opts.onSecret(value);
  failures.push(...captured.failures);
  return { req, res, failures, vars: captured.vars };
}
