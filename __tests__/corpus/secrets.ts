// The accuracy corpus of the builtin secret rules: for every rule, realistic but fake credentials it must find
// (true positives) and look-alikes it must not report (false positives). Values are built from fixed seeds, so
// no real credential is in this repository, and no string here is a live key.

/** Deterministic pseudo-random characters from an alphabet, so values look random but never change. */
export function fake(alphabet: string, length: number, seed: number): string {
  let x = Math.imul(seed, 2654435761) >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    // xorshift32: 32-bit integer arithmetic, so the sequence is the same on every machine.
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

const AZ09 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const HEX = '0123456789abcdef';
const B64URL = ALNUM + '_-';

export interface CorpusCase {
  rule: string;
  text: string;
}

export const TRUE_POSITIVES: CorpusCase[] = [
  { rule: 'aws-access-key-id', text: `aws_access_key_id = AKIA${fake(AZ09, 16, 1)}` },
  { rule: 'aws-access-key-id', text: `export KEY="ASIA${fake(AZ09, 16, 2)}"` },
  { rule: 'aws-secret-access-key', text: `aws_secret_access_key = ${fake(ALNUM + '/+', 40, 3)}` },
  { rule: 'aws-secret-access-key', text: `AWS_SECRET_ACCESS_KEY: "${fake(ALNUM, 40, 4)}"` },
  { rule: 'github-pat', text: `token: ghp_${fake(ALNUM, 36, 5)}` },
  { rule: 'github-pat', text: `git clone https://x:ghp_${fake(ALNUM, 36, 6)}@github.com/a/b` },
  { rule: 'github-fine-grained-pat', text: `GH_TOKEN=github_pat_${fake(ALNUM + '_', 82, 7)}` },
  { rule: 'github-fine-grained-pat', text: `"github_pat_${fake(ALNUM, 82, 8)}"` },
  { rule: 'github-app-token', text: `installation: ghs_${fake(ALNUM, 36, 9)}` },
  { rule: 'github-app-token', text: `oauth = gho_${fake(ALNUM, 36, 10)}` },
  { rule: 'gitlab-pat', text: `CI_TOKEN=glpat-${fake(ALNUM + '_-', 20, 11)}` },
  { rule: 'gitlab-pat', text: `private_token: "glpat-${fake(ALNUM, 20, 12)}"` },
  {
    rule: 'slack-token',
    text: `SLACK_BOT_TOKEN=xoxb-${fake('0123456789', 12, 13)}-${fake('0123456789', 13, 14)}-${fake(ALNUM, 24, 15)}`,
  },
  {
    rule: 'slack-token',
    text: `slack: xoxp-${fake('0123456789', 11, 16)}-${fake('0123456789', 12, 60)}-${fake('0123456789', 13, 61)}-${fake(HEX, 32, 17)}`,
  },
  {
    rule: 'slack-webhook-url',
    text: `url: https://hooks.slack.com/services/T${fake(AZ09, 10, 18)}/B${fake(AZ09, 10, 19)}/${fake(ALNUM, 24, 20)}`,
  },
  {
    rule: 'slack-webhook-url',
    text: `"https://hooks.slack.com/workflows/T${fake(AZ09, 10, 21)}/A${fake(AZ09, 10, 22)}/${fake(ALNUM, 24, 23)}"`,
  },
  { rule: 'stripe-secret-key', text: `STRIPE_KEY=sk_live_${fake(ALNUM, 24, 24)}` },
  { rule: 'stripe-secret-key', text: `stripe.api_key = "rk_test_${fake(ALNUM, 30, 25)}"` },
  { rule: 'google-api-key', text: `const maps = "AIza${fake(ALNUM + '_-', 35, 26)}";` },
  { rule: 'google-api-key', text: `GOOGLE_API_KEY=AIza${fake(ALNUM, 35, 27)}` },
  { rule: 'npm-access-token', text: `//registry.npmjs.org/:_authToken=npm_${fake(ALNUM, 36, 28)}` },
  { rule: 'npm-access-token', text: `NPM_TOKEN: npm_${fake(ALNUM, 36, 29)}` },
  { rule: 'pypi-upload-token', text: `password = pypi-AgEIcHlwaS5vcmc${fake(B64URL, 60, 30)}` },
  { rule: 'pypi-upload-token', text: `TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc${fake(B64URL, 80, 31)}` },
  { rule: 'sendgrid-api-key', text: `SENDGRID_API_KEY=SG.${fake(B64URL, 22, 32)}.${fake(B64URL, 43, 33)}` },
  { rule: 'sendgrid-api-key', text: `mail: { key: "SG.${fake(ALNUM, 22, 34)}.${fake(ALNUM, 43, 35)}" }` },
  { rule: 'twilio-api-key', text: `TWILIO_API_KEY=SK${fake(HEX, 32, 36)}` },
  { rule: 'twilio-api-key', text: `twilio.sid = "SK${fake(HEX, 32, 37)}"` },
  { rule: 'openai-api-key', text: `OPENAI_API_KEY=sk-proj-${fake(ALNUM, 40, 38)}T3BlbkFJ${fake(ALNUM, 40, 39)}` },
  { rule: 'openai-api-key', text: `openai.api_key = "sk-${fake(ALNUM, 20, 40)}T3BlbkFJ${fake(ALNUM, 20, 41)}"` },
  { rule: 'anthropic-api-key', text: `ANTHROPIC_API_KEY=sk-ant-api03-${fake(B64URL, 93, 42)}AA` },
  { rule: 'anthropic-api-key', text: `"x-api-key": "sk-ant-admin01-${fake(ALNUM, 93, 43)}AA"` },
  { rule: 'digitalocean-token', text: `DIGITALOCEAN_TOKEN=dop_v1_${fake(HEX, 64, 44)}` },
  { rule: 'digitalocean-token', text: `token: "doo_v1_${fake(HEX, 64, 45)}"` },
  { rule: 'shopify-token', text: `SHOPIFY_TOKEN=shpat_${fake(HEX, 32, 46)}` },
  { rule: 'shopify-token', text: `shop.secret = 'shpss_${fake(HEX, 32, 47)}'` },
  {
    rule: 'private-key',
    text: `-----BEGIN RSA PRIVATE KEY-----\n${fake(ALNUM + '+/', 64, 48)}\n${fake(ALNUM + '+/', 64, 49)}\n-----END RSA PRIVATE KEY-----`,
  },
  {
    rule: 'private-key',
    text: `key: |\n  -----BEGIN OPENSSH PRIVATE KEY-----\n  ${fake(ALNUM, 70, 50)}\n  -----END OPENSSH PRIVATE KEY-----`,
  },
  {
    rule: 'jwt',
    text: `Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${fake(B64URL, 40, 51)}.${fake(B64URL, 43, 52)}`,
  },
  { rule: 'jwt', text: `session = "eyJ${fake(ALNUM, 30, 53)}.eyJ${fake(ALNUM, 50, 54)}.${fake(B64URL, 43, 55)}"` },
  {
    rule: 'cloudflare-prefixed-api-token',
    text: `CLOUDFLARE_API_TOKEN=cfut_${fake(ALNUM, 40, 60)}${fake(HEX, 8, 61)}`,
  },
  { rule: 'cloudflare-prefixed-api-token', text: `account_token: "cfat_${fake(ALNUM, 40, 62)}${fake(HEX, 8, 63)}"` },
  { rule: 'telegram-bot-token', text: `bot = TeleBot("${fake('0123456789', 10, 64)}:AA${fake(B64URL, 33, 65)}")` },
  { rule: 'telegram-bot-token', text: `BOT_TOKEN=${fake('0123456789', 9, 66)}:AA${fake(ALNUM, 33, 67)}` },
  { rule: 'url-credentials', text: `DATABASE_URL=postgres://app:${fake(ALNUM, 20, 56)}@db.internal:5432/app` },
  { rule: 'url-credentials', text: `redis: "redis://default:${fake(ALNUM, 24, 57)}@cache.example.net:6379"` },
  { rule: 'generic-secret', text: `client_secret = "${fake(ALNUM, 32, 58)}"` },
  { rule: 'generic-secret', text: `SESSION_SECRET: ${fake(ALNUM + '-_', 40, 59)}` },
];

export const FALSE_POSITIVES: CorpusCase[] = [
  { rule: 'aws-access-key-id', text: 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE' },
  { rule: 'aws-access-key-id', text: 'const id = "AKIA" + suffix; // AKIA prefix only' },
  { rule: 'aws-secret-access-key', text: 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
  { rule: 'aws-secret-access-key', text: 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}' },
  { rule: 'github-pat', text: 'token: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  { rule: 'github-pat', text: 'Tokens start with ghp_ followed by 36 characters.' },
  { rule: 'github-fine-grained-pat', text: 'GH_TOKEN=github_pat_<your token here>' },
  { rule: 'github-fine-grained-pat', text: 'prefix github_pat_ is for fine-grained tokens' },
  { rule: 'github-app-token', text: 'token: ${{ secrets.GITHUB_TOKEN }}' },
  { rule: 'github-app-token', text: 'ghs_ tokens expire after an hour' },
  { rule: 'gitlab-pat', text: 'CI_TOKEN=glpat-XXXXXXXXXXXXXXXXXXXX' },
  { rule: 'gitlab-pat', text: 'Use a glpat- token with read_api scope.' },
  { rule: 'slack-token', text: 'SLACK_BOT_TOKEN=xoxb-your-token' },
  { rule: 'slack-token', text: 'token: ${SLACK_BOT_TOKEN} # xoxb-...' },
  { rule: 'slack-webhook-url', text: 'webhook: https://hooks.slack.com/services/<team>/<channel>/<secret>' },
  { rule: 'slack-webhook-url', text: 'See https://hooks.slack.com for incoming webhooks.' },
  { rule: 'stripe-secret-key', text: 'STRIPE_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx' },
  { rule: 'stripe-secret-key', text: 'publishable: pk_live_51H8abcDEF' },
  { rule: 'google-api-key', text: 'GOOGLE_API_KEY=AIzaSy...' },
  { rule: 'google-api-key', text: 'key: "AIza" + process.env.REST' },
  { rule: 'npm-access-token', text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}' },
  { rule: 'npm-access-token', text: 'npm_config_cache=/tmp/npm_cache_directory_for_ci_builds' },
  { rule: 'pypi-upload-token', text: 'password = __token__' },
  { rule: 'pypi-upload-token', text: 'TWINE_PASSWORD: ${{ secrets.PYPI_API_TOKEN }}' },
  { rule: 'sendgrid-api-key', text: 'SENDGRID_API_KEY=SG.xxxxx.yyyyy' },
  { rule: 'sendgrid-api-key', text: 'version: SG.1.2' },
  { rule: 'twilio-api-key', text: 'TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  { rule: 'twilio-api-key', text: 'sku: SK-1234' },
  { rule: 'openai-api-key', text: 'OPENAI_API_KEY=sk-...' },
  { rule: 'openai-api-key', text: 'OPENAI_API_KEY=${OPENAI_API_KEY}' },
  { rule: 'anthropic-api-key', text: 'ANTHROPIC_API_KEY=sk-ant-api03-...' },
  { rule: 'anthropic-api-key', text: 'keys look like sk-ant-api03-<93 characters>AA' },
  { rule: 'digitalocean-token', text: 'DIGITALOCEAN_TOKEN=dop_v1_<token>' },
  { rule: 'digitalocean-token', text: 'dop_v1_ prefix marks personal tokens' },
  { rule: 'shopify-token', text: 'SHOPIFY_TOKEN=shpat_xxxxxxxx' },
  { rule: 'shopify-token', text: 'shpat_ tokens are admin API tokens' },
  {
    rule: 'private-key',
    text: '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----',
  },
  { rule: 'private-key', text: 'if (pem.startsWith("-----BEGIN PRIVATE KEY-----")) parse(pem);' },
  { rule: 'jwt', text: 'Authorization: Bearer ${JWT}' },
  { rule: 'jwt', text: 'tokens start with eyJ (base64 of {")' },
  { rule: 'cloudflare-prefixed-api-token', text: 'CLOUDFLARE_API_TOKEN=cfut_<your-token>' },
  { rule: 'cloudflare-prefixed-api-token', text: `cfk_${'0'.repeat(48)}` },
  { rule: 'telegram-bot-token', text: 'ether 00:aa:bb:cc:dd:ee txqueuelen 1000' },
  { rule: 'telegram-bot-token', text: 'BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  { rule: 'url-credentials', text: 'DATABASE_URL=postgres://user:password@localhost:5432/app' },
  { rule: 'url-credentials', text: 'DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app' },
  { rule: 'generic-secret', text: 'api_key = "changeme-please-now"' },
  { rule: 'generic-secret', text: 'token: "123e4567-e89b-12d3-a456-426614174000"' },
  {
    rule: 'generic-secret',
    text: '"integrity": "sha512-Vz7DcyB2Hn5sBzFWGkTZT0iGKl1XqGuBu8e0Gq0xJm0gMyYd2PO3qYb0lGzdx7GGnbfR8Qp6Y3xA1zGRQp9Q9A=="',
  },
  {
    rule: 'generic-secret',
    text: 'password_hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"',
  },
  {
    rule: 'generic-secret',
    text: 'secret: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="',
  },
  { rule: 'generic-secret', text: 'password = process.env.DB_PASSWORD' },
  { rule: 'generic-secret', text: 'onError(tagToken, "TAG_RESOLVE_FAILED", msg);' },
  { rule: 'generic-secret', text: 'const secret = requiredCredentials;' },
];
