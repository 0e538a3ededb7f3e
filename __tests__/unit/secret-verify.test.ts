import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Finding } from '../../src/core/finding.js';
import {
  applyVerification,
  baseUrlsFromEnv,
  BASE_URLS_ENV,
  PROVIDERS,
  providerForRule,
  verificationSection,
  verifyFindings,
  type ProviderId,
  type VerifyOptions,
} from '../../src/checks/secret-scan/verify/index.js';
import { defaultRuleSet } from '../../src/checks/secret-scan/rules.js';
import { fake } from '../corpus/secrets.js';
import { TestCA } from '../helpers/test-ca.js';
import { startStandIns, type StandIns } from '../helpers/verify-providers.js';

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const AZ27 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B64URL = ALNUM + '_-';

/** One working and one dead key of each provider, in the shapes the rules match. */
const KEYS = {
  github: [`ghp_${fake(ALNUM, 36, 11)}`, `github_pat_${fake(ALNUM + '_', 82, 12)}`],
  gitlab: [`glpat-${fake(B64URL, 20, 13)}`, `glpat-${fake(B64URL, 20, 14)}`],
  slack: [
    `xoxb-1234567890-1234567890123-${fake(ALNUM, 24, 15)}`,
    `xoxp-1234567890-1234567890-1234567890-${fake(ALNUM, 30, 16)}`,
  ],
  stripe: [`sk_live_${fake(ALNUM, 24, 17)}`, `rk_live_${fake(ALNUM, 24, 18)}`],
  openai: [
    `sk-proj-${fake(B64URL, 58, 19)}T3BlbkFJ${fake(B64URL, 58, 20)}`,
    `sk-${fake(ALNUM, 20, 21)}T3BlbkFJ${fake(ALNUM, 20, 22)}`,
  ],
  anthropic: [`sk-ant-api03-${fake(B64URL, 93, 23)}AA`, `sk-ant-api03-${fake(B64URL, 93, 24)}AA`],
  anthropicAdmin: `sk-ant-admin01-${fake(B64URL, 93, 25)}AA`,
  sendgrid: [
    `SG.${fake(B64URL, 22, 26)}.${fake(B64URL, 43, 27)}`,
    `SG.${fake(B64URL, 22, 28)}.${fake(B64URL, 43, 29)}`,
  ],
  npm: [`npm_${fake(ALNUM, 36, 30)}`, `npm_${fake(ALNUM, 36, 31)}`],
};
const AWS = {
  liveId: `AKIA${fake(AZ27, 16, 40)}`,
  liveSecret: fake(ALNUM + '/+', 40, 41),
  deadId: `AKIA${fake(AZ27, 16, 42)}`,
  deadSecret: fake(ALNUM + '/+', 40, 43),
  wrongSecret: fake(ALNUM + '/+', 40, 44),
  tempId: `ASIA${fake(AZ27, 16, 45)}`,
};
/** A GitHub App installation token: valid, but GET /user answers 403 "Resource not accessible by integration". */
const GH_INSTALLATION = `ghs_${fake(ALNUM, 36, 47)}`;
const ALL_SECRETS = [...Object.values(KEYS).flat(), ...Object.values(AWS)];

let ca: TestCA;
let standIns: StandIns;

beforeAll(async () => {
  ca = new TestCA();
  standIns = await startStandIns(ca, {
    github: { [KEYS.github[0]]: 'live', [GH_INSTALLATION]: 'forbidden' },
    gitlab: { [KEYS.gitlab[0]]: 'live' },
    slack: { [KEYS.slack[0]]: 'live' },
    stripe: { [KEYS.stripe[0]]: 'live', [KEYS.stripe[1]]: 'forbidden' },
    openai: { [KEYS.openai[0]]: 'live' },
    anthropic: { [KEYS.anthropic[0]]: 'live', [KEYS.anthropicAdmin]: 'live' },
    sendgrid: { [KEYS.sendgrid[0]]: 'live' },
    npm: { [KEYS.npm[0]]: 'live' },
    aws: { [AWS.liveId]: { secret: AWS.liveSecret }, [AWS.deadId]: { secret: `${AWS.deadSecret}x` } },
  });
});
afterAll(() => standIns.close());

let serial = 0;
function finding(
  ruleId: string,
  secret: string,
  file = 'src/config.ts',
  line = ++serial,
): Finding & { secret: string } {
  return {
    ruleId,
    severity: 'error',
    title: ruleId,
    message: 'Found: xx…yy. Rotate it now.',
    file,
    line,
    fingerprint: `${file}:${ruleId}:${line}`,
    secret,
  };
}

function options(extra: Partial<VerifyOptions> = {}): VerifyOptions & { lines: string[] } {
  const lines: string[] = [];
  return {
    secretOf: (f) => (f as Finding & { secret?: string }).secret,
    baseUrls: standIns.baseUrls,
    ca: ca.pem,
    timeoutMs: 20_000,
    log: { info: (m) => lines.push(m), debug: (m) => lines.push(m) },
    lines,
    ...extra,
  };
}

function expectNoSecretIn(texts: string[]) {
  const all = texts.join('\n');
  for (const s of ALL_SECRETS) expect(all).not.toContain(s);
}

describe('provider table', () => {
  test('every provider is HTTPS on its own fixed API host', () => {
    const hosts = Object.fromEntries(PROVIDERS.map((p) => [p.id, new URL(p.baseUrl)]));
    expect(Object.fromEntries(Object.entries(hosts).map(([id, u]) => [id, `${u.protocol}//${u.host}`]))).toEqual({
      github: 'https://api.github.com',
      gitlab: 'https://gitlab.com',
      slack: 'https://slack.com',
      stripe: 'https://api.stripe.com',
      aws: 'https://sts.amazonaws.com',
      openai: 'https://api.openai.com',
      anthropic: 'https://api.anthropic.com',
      sendgrid: 'https://api.sendgrid.com',
      npm: 'https://registry.npmjs.org',
    });
  });

  test.each([
    ['github-pat', 'github'],
    ['github-fine-grained-pat', 'github'],
    ['github-oauth', 'github'],
    ['github-app-token', 'github'],
    ['gitlab-pat', 'gitlab'],
    ['gitlab-pat-routable', 'gitlab'],
    ['slack-bot-token', 'slack'],
    ['slack-user-token', 'slack'],
    ['slack-token', 'slack'],
    ['stripe-access-token', 'stripe'],
    ['stripe-secret-key', 'stripe'],
    ['aws-access-token', 'aws'],
    ['aws-access-key-id', 'aws'],
    ['openai-api-key', 'openai'],
    ['anthropic-api-key', 'anthropic'],
    ['anthropic-admin-api-key', 'anthropic'],
    ['sendgrid-api-token', 'sendgrid'],
    ['sendgrid-api-key', 'sendgrid'],
    ['npm-access-token', 'npm'],
  ])('rule %s is checked by %s', (rule, provider) => {
    expect(providerForRule(rule)?.id).toBe(provider);
  });

  test('every provider checks at least one rule of the default rule set', () => {
    const ids = new Set(defaultRuleSet().rules.map((r) => r.id));
    for (const p of PROVIDERS) expect(p.rules.filter((r) => ids.has(r))).not.toHaveLength(0);
  });
});

describe('verifyFindings against stand-in providers', () => {
  test.each([
    ['github-pat', KEYS.github, 'github'],
    ['gitlab-pat', KEYS.gitlab, 'gitlab'],
    ['slack-bot-token', KEYS.slack, 'slack'],
    ['stripe-access-token', [KEYS.stripe[0], `sk_test_${fake(ALNUM, 24, 50)}`], 'stripe'],
    ['openai-api-key', KEYS.openai, 'openai'],
    ['anthropic-api-key', KEYS.anthropic, 'anthropic'],
    ['sendgrid-api-token', KEYS.sendgrid, 'sendgrid'],
    ['npm-access-token', KEYS.npm, 'npm'],
  ] as [string, string[], ProviderId][])(
    '%s: a working key is live, a refused one revoked',
    async (rule, [good, bad], provider) => {
      const before = standIns.byId[provider].requests.length;
      const ok = finding(rule, good);
      const dead = finding(rule, bad);
      const opts = options();
      const summary = await verifyFindings([ok, dead], opts);
      expect(summary.results.get(ok)).toMatchObject({ status: 'live', provider, called: true });
      expect(summary.results.get(dead)).toMatchObject({ status: 'revoked', provider, called: true });
      expect(summary.counts).toMatchObject({ findings: 2, verified: 2, live: 1, revoked: 1, unknown: 0, calls: 2 });
      expect(standIns.byId[provider].requests.length - before).toBe(2);
      expectNoSecretIn([...opts.lines, ...[...summary.results.values()].map((v) => v.reason)]);
    },
  );

  test('each secret reaches its own provider and no other', async () => {
    const fs = [
      finding('github-pat', KEYS.github[0]),
      finding('gitlab-pat', KEYS.gitlab[0]),
      finding('slack-bot-token', KEYS.slack[0]),
      finding('stripe-access-token', KEYS.stripe[0]),
      finding('openai-api-key', KEYS.openai[0]),
      finding('anthropic-api-key', KEYS.anthropic[0]),
      finding('sendgrid-api-token', KEYS.sendgrid[0]),
      finding('npm-access-token', KEYS.npm[0]),
    ];
    const summary = await verifyFindings(fs, options());
    expect([...summary.results.values()].map((v) => v.status)).toEqual(Array(8).fill('live'));
    const own: Record<string, string[]> = {
      github: KEYS.github,
      gitlab: KEYS.gitlab,
      slack: KEYS.slack,
      stripe: [...KEYS.stripe, `sk_test_${fake(ALNUM, 24, 50)}`],
      openai: KEYS.openai,
      anthropic: [...KEYS.anthropic, KEYS.anthropicAdmin],
      sendgrid: KEYS.sendgrid,
      npm: KEYS.npm,
      aws: [],
    };
    for (const standIn of Object.values(standIns.byId)) {
      const seen = JSON.stringify(standIn.requests);
      for (const [id, secrets] of Object.entries(own))
        if (id !== standIn.id) for (const s of secrets) expect(seen).not.toContain(s);
    }
  });

  test('an Anthropic admin key is checked at the Admin API, with the version header', async () => {
    const f = finding('anthropic-admin-api-key', KEYS.anthropicAdmin);
    const summary = await verifyFindings([f], options());
    expect(summary.results.get(f)?.status).toBe('live');
    const last = standIns.byId.anthropic.requests.at(-1)!;
    expect(last.path).toBe('/v1/organizations/me');
    expect(last.headers['anthropic-version']).toBe('2023-06-01');
  });

  test('a Stripe restricted key refused one endpoint (403) still works: live, never revoked', async () => {
    const f = finding('stripe-access-token', KEYS.stripe[1]);
    const summary = await verifyFindings([f], options());
    expect(summary.results.get(f)).toMatchObject({ status: 'live' });
    expect(summary.results.get(f)?.reason).toMatch(/HTTP 403/);
  });

  test('a GitHub installation token refused /user (403, not a rate limit) authenticated: live', async () => {
    const f = finding('github-app-token', GH_INSTALLATION);
    const summary = await verifyFindings([f], options());
    expect(summary.results.get(f)).toMatchObject({ status: 'live', provider: 'github' });
    expect(summary.results.get(f)?.reason).toMatch(/HTTP 403 from GET \/user: the key authenticated/);
  });

  test('the same secret found in several places costs one call and gets one answer', async () => {
    const fs = [1, 2, 3].map((i) => finding('github-pat', KEYS.github[0], `f${i}.ts`));
    const before = standIns.byId.github.requests.length;
    const summary = await verifyFindings(fs, options());
    expect(standIns.byId.github.requests.length - before).toBe(1);
    expect(summary.counts).toMatchObject({ live: 3, calls: 1 });
  });

  test('the call cap: past maxCalls distinct secrets nothing is sent and the rest is unknown', async () => {
    const fs = [60, 61, 62, 63, 64].map((seed) => finding('github-pat', `ghp_${fake(ALNUM, 36, seed)}`));
    const before = standIns.byId.github.requests.length;
    const summary = await verifyFindings(fs, options({ maxCalls: 2 }));
    expect(standIns.byId.github.requests.length - before).toBe(2);
    expect(summary.counts).toMatchObject({ calls: 2, revoked: 2, unknown: 3, capped: 3, maxCalls: 2 });
    expect(summary.results.get(fs[4])?.reason).toBe(
      'not checked: the limit of 2 verification call(s) per run was reached',
    );
  });

  test('the default cap is 25 calls', async () => {
    const fs = Array.from({ length: 27 }, (_, i) => finding('npm-access-token', `npm_${fake(ALNUM, 36, 100 + i)}`));
    const before = standIns.byId.npm.requests.length;
    const summary = await verifyFindings(fs, options());
    expect(standIns.byId.npm.requests.length - before).toBe(25);
    expect(summary.counts).toMatchObject({ calls: 25, revoked: 25, capped: 2 });
  });

  test('rules no provider checks, refresh tokens and missing values are unknown and cost nothing', async () => {
    const before = standIns.all().length;
    const generic = finding('generic-api-key', 'abcdefghijklmnop1234');
    const refresh = finding('github-app-token', `ghr_${fake(ALNUM, 36, 70)}`);
    const noValue = finding('github-pat', '');
    const summary = await verifyFindings([generic, refresh, noValue], options());
    expect(standIns.all().length).toBe(before);
    expect(summary.results.get(generic)).toMatchObject({
      status: 'unknown',
      reason: 'no provider check for rule generic-api-key',
    });
    expect(summary.results.get(refresh)?.reason).toMatch(/refresh token/);
    expect(summary.results.get(noValue)?.reason).toMatch(/not available/);
    expect(summary.counts).toMatchObject({ unknown: 3, unsupported: 2, calls: 0, verified: 0 });
  });
});

describe('AWS: the access key ID and its secret, paired', () => {
  test('a key ID with the secret key two lines below is checked by a signed GetCallerIdentity: live', async () => {
    const id = finding('aws-access-token', AWS.liveId, 'deploy/.env', 3);
    const secret = finding('aws-secret-access-key', AWS.liveSecret, 'deploy/.env', 5);
    const opts = options();
    const summary = await verifyFindings([id, secret], opts);
    expect(summary.results.get(id)).toMatchObject({ status: 'live', provider: 'aws' });
    expect(summary.results.get(secret)).toMatchObject({ status: 'live', provider: 'aws' });
    expect(summary.results.get(secret)?.reason).toContain('with the access key ID at deploy/.env:3');
    expect(summary.counts).toMatchObject({ live: 2, calls: 1 });
    const req = standIns.byId.aws.requests.at(-1)!;
    expect(req.body).toBe('Action=GetCallerIdentity&Version=2011-06-15');
    expect(String(req.headers.authorization)).toMatch(
      new RegExp(`^AWS4-HMAC-SHA256 Credential=${AWS.liveId}/\\d{8}/us-east-1/sts/aws4_request, SignedHeaders=`),
    );
    // The secret access key signs; it is never sent.
    expect(JSON.stringify(req)).not.toContain(AWS.liveSecret);
    expectNoSecretIn([...opts.lines, ...[...summary.results.values()].map((v) => v.reason)]);
  });

  test('a secret found by a generic rule pairs too, and shares a definite answer', async () => {
    const id = finding('aws-access-key-id', AWS.liveId, 'cfg.ini', 10);
    const generic = finding('generic-api-key', AWS.liveSecret, 'cfg.ini', 11);
    const summary = await verifyFindings([id, generic], options());
    expect(summary.results.get(id)?.status).toBe('live');
    expect(summary.results.get(generic)?.status).toBe('live');
    expect(summary.counts.unsupported).toBe(0);
  });

  test('an unknown key ID is revoked (InvalidClientTokenId)', async () => {
    const id = finding('aws-access-token', `AKIA${fake(AZ27, 16, 46)}`, 'a.env', 1);
    const secret = finding('aws-secret-access-key', AWS.deadSecret, 'a.env', 2);
    const summary = await verifyFindings([id, secret], options());
    expect(summary.results.get(id)).toMatchObject({ status: 'revoked' });
    expect(summary.results.get(id)?.reason).toContain('InvalidClientTokenId');
  });

  test('a known key ID with another secret is unknown (SignatureDoesNotMatch), not revoked', async () => {
    const id = finding('aws-access-token', AWS.liveId, 'b.env', 1);
    const secret = finding('aws-secret-access-key', AWS.wrongSecret, 'b.env', 2);
    const summary = await verifyFindings([id, secret], options());
    expect(summary.results.get(id)?.status).toBe('unknown');
    expect(summary.results.get(id)?.reason).toMatch(/SignatureDoesNotMatch/);
    expect(summary.results.get(secret)?.status).toBe('unknown');
    expect(summary.results.get(secret)?.reason).toMatch(/SignatureDoesNotMatch.*with the access key ID at b\.env:1$/);
  });

  test('no secret within 5 lines, another file or another commit: nothing is sent', async () => {
    const before = standIns.byId.aws.requests.length;
    const id = finding('aws-access-token', AWS.liveId, 'c.env', 1);
    const far = finding('aws-secret-access-key', AWS.liveSecret, 'c.env', 7);
    const elsewhere = finding('aws-secret-access-key', AWS.liveSecret, 'd.env', 1);
    const otherCommit = { ...finding('aws-secret-access-key', AWS.liveSecret, 'c.env', 2) };
    otherCommit.fingerprint = `0123abc:c.env:aws-secret-access-key:2`;
    const summary = await verifyFindings([id, far, elsewhere, otherCommit], options());
    expect(standIns.byId.aws.requests.length).toBe(before);
    expect(summary.results.get(id)?.reason).toMatch(/no AWS secret access key .* within 5 lines/);
    expect(summary.results.get(far)?.reason).toMatch(/no AWS access key ID .* within 5 lines/);
  });

  test('temporary keys (ASIA) are not sent: they need a session token', async () => {
    const before = standIns.byId.aws.requests.length;
    const id = finding('aws-access-token', AWS.tempId, 'e.env', 1);
    const secret = finding('aws-secret-access-key', AWS.liveSecret, 'e.env', 2);
    const summary = await verifyFindings([id, secret], options());
    expect(standIns.byId.aws.requests.length).toBe(before);
    expect(summary.results.get(id)?.reason).toMatch(/session token/);
  });
});

describe('applyVerification', () => {
  const live = finding('github-pat', KEYS.github[0]);
  const dead = finding('github-pat', KEYS.github[1]);
  const generic = finding('generic-api-key', 'abcdefghijklmnop1234');
  const other: Finding = { ruleId: 'could-not-check', severity: 'error', title: 'x', message: 'could not read' };

  test('a live key is an error whose message starts with LIVE; the others stay errors by default', async () => {
    const summary = await verifyFindings([live, dead, generic], options());
    const out = applyVerification([live, dead, generic, other], summary, { failsOnlyLive: false });
    expect(out[0]).toMatchObject({ severity: 'error', verification: { status: 'live' } });
    expect(out[0].message).toMatch(/^LIVE: /);
    expect(out[0].message).toContain('Found: xx…yy. Rotate it now.');
    expect(out[1]).toMatchObject({ severity: 'error', verification: { status: 'revoked' } });
    expect(out[1].message).toMatch(/^Revoked: GitHub refused it \(HTTP 401/);
    expect(out[2]).toMatchObject({ severity: 'error', verification: { status: 'unknown' } });
    expect(out[2].message).toMatch(/^Not verified: no provider check for rule generic-api-key\./);
    expect(out[3]).toBe(other);
    expectNoSecretIn(out.map((f) => f.message));
  });

  test('verify-fails-only-live: revoked and unknown become warnings, live stays an error', async () => {
    const summary = await verifyFindings([live, dead, generic], options());
    const out = applyVerification([live, dead, generic, other], summary, { failsOnlyLive: true });
    expect(out.map((f) => f.severity)).toEqual(['error', 'warning', 'warning', 'error']);
  });

  test('the summary section counts what was verified and lists the live keys', async () => {
    const summary = await verifyFindings([live, dead, generic], options());
    const section = verificationSection(summary);
    expect(section.title).toBe('Live-key verification');
    expect(section.markdown).toContain(
      'Live-key verification: 2 of 3 finding(s) verified with 2 provider call(s): 1 live, 1 revoked, 1 unknown (1 of a kind no provider check covers).',
    );
    expect(section.markdown).toContain(`| github-pat | src/config.ts:${live.line} | GitHub accepted it`);
    expectNoSecretIn([section.markdown]);
  });
});

describe(`${BASE_URLS_ENV} (test only)`, () => {
  test('absent: the real hosts', () => {
    expect(baseUrlsFromEnv({})).toEqual({});
  });

  test('loopback HTTPS addresses are accepted', () => {
    expect(
      baseUrlsFromEnv({
        [BASE_URLS_ENV]: JSON.stringify({ github: 'https://127.0.0.1:4431', npm: 'https://localhost:9/x' }),
      }),
    ).toEqual({ github: 'https://127.0.0.1:4431/', npm: 'https://localhost:9/x/' });
  });

  test.each([
    ['{"github":"https://evil.example/"}', /github = "https:\/\/evil.example\/" is refused; expected a JSON object/],
    ['{"github":"http://127.0.0.1:80/"}', /is refused/],
    ['{"github":"https://127.0.0.1.evil.example/"}', /is refused/],
    ['{"github":"https://user:pw@127.0.0.1/"}', /is refused/],
    ['{"gihtub":"https://127.0.0.1/"}', /unknown provider "gihtub"/],
    ['github=https://127.0.0.1/', /is not a JSON object mapping providers/],
  ])('%s is refused with a clear error', (value, message) => {
    expect(() => baseUrlsFromEnv({ [BASE_URLS_ENV]: value })).toThrow(message);
  });
});
