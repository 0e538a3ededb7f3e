import type { HttpResponse, OutgoingRequest } from '../../http/client.js';
import { amzDate, authorization } from './sigv4.js';

export type ProviderId = 'github' | 'gitlab' | 'slack' | 'stripe' | 'aws' | 'openai' | 'anthropic' | 'sendgrid' | 'npm';
export type VerificationStatus = 'live' | 'revoked' | 'unknown';

/** What one provider call established. `reason` never holds the secret nor raw server text. */
export interface Outcome {
  status: VerificationStatus;
  reason: string;
}

export interface Credential {
  secret: string;
  /** AWS only: the secret access key paired with the access key ID in `secret`. */
  awsSecretAccessKey?: string;
}

export interface Provider {
  id: ProviderId;
  name: string;
  /**
   * Where this provider's secrets go, and nowhere else: a constant, HTTPS, the provider's own API host.
   * Tests replace it through LAUNCHGATE_VERIFY_BASE_URLS (base-urls.ts), which accepts loopback addresses only.
   */
  baseUrl: string;
  /** Rule ids (gitleaks' default config and launchgate's builtin set) whose secret this provider can check. */
  rules: string[];
  /**
   * Why this value is not sent, or undefined to send it. Every provider checks the token's own prefix, so a
   * user's rule that reuses a provider's rule id cannot send other text (a password) to that provider; token
   * kinds the identity endpoint cannot judge (refresh tokens, temporary keys) are not sent either.
   */
  unsupported(secret: string): string | undefined;
  request(base: URL, cred: Credential, now: Date): OutgoingRequest;
  /** Reads a non-redirect answer; the caller has already turned 429, 5xx and redirects into `unknown`. */
  interpret(res: HttpResponse): Outcome;
}

const url = (base: URL, path: string) => new URL(path, base).href;
const bearer = (secret: string) => ({ authorization: `Bearer ${secret}`, accept: 'application/json' });

function json(body: string): any {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** A short, safe word from a server's answer (an error code), or nothing: server text is never echoed whole. */
function code(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9_.-]{1,48}$/.test(value) ? value : undefined;
}

const live = (name: string, what: string): Outcome => ({ status: 'live', reason: `${name} accepted it (${what})` });
const revoked = (name: string, what: string): Outcome => ({
  status: 'revoked',
  reason: `${name} refused it (${what})`,
});
const unknown = (reason: string): Outcome => ({ status: 'unknown', reason });
const garbage = (name: string, status: number, expected: string) =>
  unknown(`${name} answered HTTP ${status} without ${expected}, so its answer proves nothing`);

/**
 * The usual reading of an identity endpoint: 2xx with the expected body is live, 401 is revoked, and 403 as
 * the provider means it. A 403 is never read as revoked unless the provider documents it as a bad key: read
 * wrongly, "revoked" would turn a working key into a warning.
 */
function standard(
  name: string,
  res: HttpResponse,
  opts: { endpoint: string; valid(body: any): boolean; expected: string; forbidden: 'live' | 'unknown' },
): Outcome {
  const body = json(res.body);
  if (res.status >= 200 && res.status < 300)
    return opts.valid(body)
      ? live(name, `HTTP ${res.status} from ${opts.endpoint}`)
      : garbage(name, res.status, opts.expected);
  if (res.status === 401) return revoked(name, `HTTP 401 from ${opts.endpoint}`);
  if (res.status === 403)
    return opts.forbidden === 'live'
      ? live(name, `HTTP 403 from ${opts.endpoint}: the key authenticated but may not read that endpoint`)
      : unknown(`${name} answered HTTP 403 from ${opts.endpoint}, which does not say whether the key works`);
  return unknown(`${name} answered HTTP ${res.status} from ${opts.endpoint}`);
}

const isObject = (b: any) => b !== null && typeof b === 'object' && !Array.isArray(b);

export const PROVIDERS: Provider[] = [
  {
    id: 'github',
    name: 'GitHub',
    baseUrl: 'https://api.github.com/',
    rules: ['github-pat', 'github-fine-grained-pat', 'github-oauth', 'github-app-token'],
    // A refresh token (ghr_) is exchanged for an access token, never sent to the API: GitHub would answer 401.
    unsupported: (s) =>
      /^(?:ghp|gho|ghu|ghs)_|^github_pat_/.test(s)
        ? undefined
        : s.startsWith('ghr_')
          ? 'a GitHub refresh token cannot be checked by a call'
          : 'not a GitHub token',
    request: (base, { secret }) => ({
      method: 'GET',
      url: url(base, 'user'),
      headers: { authorization: `Bearer ${secret}`, accept: 'application/vnd.github+json' },
    }),
    interpret(res) {
      // GitHub answers a bad token with 401 before anything else; a 403 is a rate limit or a token that
      // authenticated but may not read /user (an installation token, SAML enforcement).
      if (res.status === 403 && (res.headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(res.body)))
        return unknown('GitHub rate-limited the check (HTTP 403)');
      return standard('GitHub', res, {
        endpoint: 'GET /user',
        valid: (b) => isObject(b) && (typeof b.login === 'string' || typeof b.id === 'number'),
        expected: 'a user',
        forbidden: 'live',
      });
    },
  },
  {
    id: 'gitlab',
    name: 'GitLab',
    baseUrl: 'https://gitlab.com/',
    rules: ['gitlab-pat', 'gitlab-pat-routable'],
    unsupported: (s) => (s.startsWith('glpat-') ? undefined : 'not a GitLab personal access token'),
    request: (base, { secret }) => ({
      method: 'GET',
      url: url(base, 'api/v4/personal_access_tokens/self'),
      headers: { 'private-token': secret, accept: 'application/json' },
    }),
    interpret(res) {
      const body = json(res.body);
      // The token's own record: an expired or revoked token is refused with 401, but say so if it is listed.
      if (res.status === 200 && isObject(body) && (body.revoked === true || body.active === false))
        return revoked('GitLab', 'the token is listed as revoked or inactive');
      const outcome = standard('GitLab', res, {
        endpoint: 'GET /api/v4/personal_access_tokens/self',
        valid: (b) => isObject(b) && (typeof b.id === 'number' || typeof b.name === 'string'),
        expected: 'a token record',
        forbidden: 'live',
      });
      // Tokens of a self-managed GitLab are unknown to gitlab.com: say so where it matters.
      return outcome.status === 'revoked'
        ? { ...outcome, reason: `${outcome.reason}; a token of a self-managed GitLab is refused there too` }
        : outcome;
    },
  },
  {
    id: 'slack',
    name: 'Slack',
    baseUrl: 'https://slack.com/',
    rules: [
      'slack-bot-token',
      'slack-user-token',
      'slack-legacy-bot-token',
      'slack-legacy-token',
      'slack-legacy-workspace-token',
      'slack-token',
    ],
    // Refresh tokens (xoxr, xoxe) only buy access tokens; auth.test would call them invalid.
    unsupported: (s) =>
      /^xox[abpos]-/.test(s)
        ? undefined
        : /^xox[re]-/.test(s)
          ? 'a Slack refresh token cannot be checked by a call'
          : 'not a Slack token',
    request: (base, { secret }) => ({
      method: 'POST',
      url: url(base, 'api/auth.test'),
      headers: { ...bearer(secret), 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    }),
    interpret(res) {
      const body = json(res.body);
      if (res.status !== 200) return standard('Slack', res, slackNotOk('POST /api/auth.test'));
      if (!isObject(body) || typeof body.ok !== 'boolean') return garbage('Slack', 200, 'an auth.test answer');
      if (body.ok) return live('Slack', 'auth.test answered ok');
      const error = code(body.error) ?? 'an unreadable error';
      if (['invalid_auth', 'account_inactive', 'token_revoked', 'token_expired'].includes(error))
        return revoked('Slack', `auth.test answered ${error}`);
      return unknown(`Slack's auth.test answered ${error}`);
    },
  },
  {
    id: 'stripe',
    name: 'Stripe',
    baseUrl: 'https://api.stripe.com/',
    rules: ['stripe-access-token', 'stripe-secret-key'],
    unsupported: (s) => (/^[sr]k_(?:live|test|prod)_/.test(s) ? undefined : 'not a Stripe secret or restricted key'),
    request: (base, { secret }) => ({ method: 'GET', url: url(base, 'v1/balance'), headers: bearer(secret) }),
    interpret: (res) =>
      // Stripe refuses a bad key with 401; 403 is a restricted key without the balance permission, still working.
      standard('Stripe', res, {
        endpoint: 'GET /v1/balance',
        valid: (b) => isObject(b) && b.object === 'balance',
        expected: 'a balance',
        forbidden: 'live',
      }),
  },
  {
    id: 'aws',
    name: 'AWS',
    baseUrl: 'https://sts.amazonaws.com/',
    rules: ['aws-access-token', 'aws-access-key-id'],
    // ASIA… keys are temporary and need their session token, which a scan does not pair; the other prefixes are
    // not IAM user keys that STS answers for.
    unsupported: (s) =>
      /^AKIA[A-Z2-7]{16}$/.test(s)
        ? undefined
        : s.startsWith('ASIA')
          ? 'temporary credentials (ASIA…) need their session token, which is not checked'
          : 'only long-term IAM access keys (AKIA…) are checked',
    request(base, cred, now) {
      const target = new URL(base);
      const body = 'Action=GetCallerIdentity&Version=2011-06-15';
      const date = amzDate(now);
      const headers: [string, string][] = [
        ['content-type', 'application/x-www-form-urlencoded; charset=utf-8'],
        ['host', target.host],
        ['x-amz-date', date],
      ];
      const auth = authorization(
        { method: 'POST', path: target.pathname, headers, body },
        {
          accessKeyId: cred.secret,
          secretAccessKey: cred.awsSecretAccessKey ?? '',
          region: 'us-east-1',
          service: 'sts',
          amzDate: date,
        },
      );
      return {
        method: 'POST',
        url: target.href,
        headers: { ...Object.fromEntries(headers.filter(([k]) => k !== 'host')), authorization: auth },
        body,
      };
    },
    interpret(res) {
      const errorCode = code(/<Code>([^<]{1,64})<\/Code>/.exec(res.body)?.[1]);
      if (res.status === 200)
        return /<GetCallerIdentityResult>[\s\S]*<Arn>/.test(res.body)
          ? live('AWS STS', 'GetCallerIdentity answered with an identity')
          : garbage('AWS STS', 200, 'a GetCallerIdentity result');
      // The key ID exists but this secret does not match it: the pairing, not the key, is wrong.
      if (errorCode === 'SignatureDoesNotMatch')
        return unknown(
          'AWS STS knows the access key ID but refused the secret paired with it (SignatureDoesNotMatch); the real secret may be elsewhere',
        );
      if (res.status === 403 || res.status === 401)
        return revoked('AWS STS', `GetCallerIdentity answered ${errorCode ?? `HTTP ${res.status}`}`);
      return unknown(`AWS STS answered HTTP ${res.status}${errorCode ? ` (${errorCode})` : ''}`);
    },
  },
  {
    id: 'openai',
    name: 'OpenAI',
    baseUrl: 'https://api.openai.com/',
    rules: ['openai-api-key'],
    unsupported: (s) => (/^sk-[\w-]*T3BlbkFJ/.test(s) ? undefined : 'not an OpenAI API key'),
    request: (base, { secret }) => ({ method: 'GET', url: url(base, 'v1/models'), headers: bearer(secret) }),
    interpret(res) {
      // A restricted key without the models scope is refused with 401 too, but with "insufficient permissions".
      if (res.status === 401 && /insufficient permissions|missing scopes/i.test(res.body))
        return live('OpenAI', 'HTTP 401 for missing scopes: the key authenticated but may not list models');
      return standard('OpenAI', res, {
        endpoint: 'GET /v1/models',
        valid: (b) => isObject(b) && Array.isArray(b.data),
        expected: 'a model list',
        // OpenAI's 403 is about the caller (an unsupported region), not the key.
        forbidden: 'unknown',
      });
    },
  },
  {
    id: 'anthropic',
    name: 'Anthropic',
    baseUrl: 'https://api.anthropic.com/',
    rules: ['anthropic-api-key', 'anthropic-admin-api-key'],
    unsupported: (s) => (/^sk-ant-(?:api03|admin01)-/.test(s) ? undefined : 'not an Anthropic API or admin key'),
    request: (base, { secret }) => ({
      method: 'GET',
      // An admin key reads the Admin API only; an API key lists models.
      url: url(base, secret.startsWith('sk-ant-admin01-') ? 'v1/organizations/me' : 'v1/models'),
      headers: { 'x-api-key': secret, 'anthropic-version': '2023-06-01', accept: 'application/json' },
    }),
    interpret: (res) =>
      standard('Anthropic', res, {
        endpoint: 'the Anthropic API',
        valid: (b) => isObject(b) && (Array.isArray(b.data) || typeof b.id === 'string'),
        expected: 'a model list or an organization',
        // permission_error: the key authenticated.
        forbidden: 'live',
      }),
  },
  {
    id: 'sendgrid',
    name: 'SendGrid',
    baseUrl: 'https://api.sendgrid.com/',
    rules: ['sendgrid-api-token', 'sendgrid-api-key'],
    unsupported: (s) => (s.startsWith('SG.') ? undefined : 'not a SendGrid API key'),
    request: (base, { secret }) => ({ method: 'GET', url: url(base, 'v3/scopes'), headers: bearer(secret) }),
    interpret: (res) =>
      standard('SendGrid', res, {
        endpoint: 'GET /v3/scopes',
        valid: (b) => isObject(b) && Array.isArray(b.scopes),
        expected: 'a scope list',
        forbidden: 'unknown',
      }),
  },
  {
    id: 'npm',
    name: 'npm',
    baseUrl: 'https://registry.npmjs.org/',
    rules: ['npm-access-token'],
    unsupported: (s) => (/^npm_/i.test(s) ? undefined : 'not an npm access token'),
    request: (base, { secret }) => ({ method: 'GET', url: url(base, '-/whoami'), headers: bearer(secret) }),
    interpret: (res) =>
      standard('npm', res, {
        endpoint: 'GET /-/whoami',
        valid: (b) => isObject(b) && typeof b.username === 'string',
        expected: 'a user name',
        forbidden: 'unknown',
      }),
  },
];

/** Slack answers 200 to every token; any other status is about Slack, not the token. */
function slackNotOk(endpoint: string) {
  return { endpoint, valid: () => false, expected: 'an auth.test answer', forbidden: 'unknown' as const };
}

const BY_RULE = new Map(PROVIDERS.flatMap((p) => p.rules.map((r) => [r, p] as const)));

export function providerForRule(ruleId: string): Provider | undefined {
  return BY_RULE.get(ruleId);
}

export function providerById(id: string): Provider | undefined {
  return PROVIDERS.find((p) => p.id === id);
}

/** Rules whose secret is an AWS secret access key: checked together with an access key ID found near it. */
export const AWS_SECRET_RULES = ['aws-secret-access-key'];
export const AWS_SECRET_SHAPE = /^[A-Za-z0-9/+]{40}$/;
