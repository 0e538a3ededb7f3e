import { UserError } from '../../../core/errors.js';
import { PROVIDERS, type ProviderId } from './providers.js';

/**
 * TEST ONLY. Points providers at stand-in servers: `{"github":"https://127.0.0.1:4431/", ...}`.
 * It is read from the process environment alone (never from an input, launchgate.yml or a repository file,
 * which a pull request could change), and it accepts loopback HTTPS addresses only, so even a mistaken or
 * hostile setting cannot send a found secret to another machine.
 */
export const BASE_URLS_ENV = 'LAUNCHGATE_VERIFY_BASE_URLS';

export type BaseUrls = Partial<Record<ProviderId, string>>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function baseUrlsFromEnv(env: NodeJS.ProcessEnv): BaseUrls {
  const raw = env[BASE_URLS_ENV];
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const accepted = `a JSON object mapping providers (${PROVIDERS.map((p) => p.id).join(', ')}) to https://127.0.0.1:<port>/ URLs (test only)`;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new UserError(`${BASE_URLS_ENV}: ${JSON.stringify(raw.slice(0, 200))} is not ${accepted}.`);
  const out: BaseUrls = {};
  for (const [id, value] of Object.entries(parsed)) {
    if (!PROVIDERS.some((p) => p.id === id))
      throw new UserError(`${BASE_URLS_ENV}: unknown provider ${JSON.stringify(id)}; expected ${accepted}.`);
    out[id as ProviderId] = checkBaseUrl(id, value, accepted);
  }
  return out;
}

/** An override must be HTTPS on a loopback address; anything else is refused, never silently used. */
export function checkBaseUrl(id: string, value: unknown, accepted = 'an https://127.0.0.1:<port>/ URL'): string {
  let u: URL | undefined;
  try {
    u = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    u = undefined;
  }
  if (!u || u.protocol !== 'https:' || !LOOPBACK.has(u.hostname) || u.username || u.password || u.search || u.hash)
    throw new UserError(
      `${BASE_URLS_ENV}: ${id} = ${JSON.stringify(String(value).slice(0, 200))} is refused; expected ${accepted}.`,
    );
  if (!u.pathname.endsWith('/')) u.pathname += '/';
  return u.href;
}
