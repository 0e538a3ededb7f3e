/**
 * Secret corpora built from peer projects' own tests (scripts/build-peer-corpus.ts writes the JSON files beside
 * this one; each records its upstream commit, and the licences are copied beside them):
 * - gitleaks.json: every rule test of gitleaks (cmd/generate/config/rules/*.go, MIT): `tps` must be found by their
 *   own rule, `fps` must not be.
 * - secretlint.json: the snapshot fixtures of secretlint's rule packages (MIT): each secret its snapshot reports is
 *   one sample (with its span in the file); a fixture with none is one clean sample.
 * - detect-secrets.json: the `(payload, should_flag)` cases of detect-secrets' plugin tests (Apache-2.0).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface PeerSample {
  /** The sample's own rule ids in launchgate's default set; empty: that set has no rule for this kind of secret. */
  rules: string[];
  expect: 'secret' | 'clean';
  text: string;
  /** The file name to scan it as (path rules, fixtures' extensions); `config/app.env` when absent. */
  file?: string;
  /** For a secret inside a larger fixture: where it is ([start, end) in UTF-16 code units). */
  span?: [number, number];
  /** Upstream file (or package and case) it comes from; `label`: the peer's own name for the finding. */
  from: string;
  label?: string;
}

export interface PeerCorpus {
  name: string;
  upstream: string;
  licence: string;
  notes: string;
  samples: PeerSample[];
}

/**
 * secretlint message ids → the closest rules of the default set (gitleaks' ids, or launchgate's own). `[]`: the
 * default set has no such rule (secretlint reports it, gitleaks does not: ids that are not secrets, such as an
 * Azure tenant id, and providers gitleaks lacks); those samples are counted apart and listed, not in recall.
 */
export const SECRETLINT_RULES: Record<string, string[]> = {
  OPS_TOKEN: ['1password-service-account-token'],
  ANTHROPIC_API_KEY: ['anthropic-api-key', 'anthropic-admin-api-key'],
  AWSAccessKeyID: ['aws-access-token'],
  AWSSecretAccessKey: ['aws-secret-access-key'],
  AWSAccountID: [],
  AzureTenantId: [],
  AzureClientId: [],
  AzureClientSecret: ['azure-ad-client-secret'],
  BasicAuth: ['url-credentials'],
  MongoDBConnection: ['url-credentials'],
  MySQLConnection: ['url-credentials'],
  PostgreSQLConnection: ['url-credentials'],
  CLOUDFLARE_ACCOUNT_API_TOKEN: ['cloudflare-api-key', 'cloudflare-prefixed-api-token'],
  CLOUDFLARE_USER_API_TOKEN: ['cloudflare-api-key', 'cloudflare-prefixed-api-token'],
  CLOUDFLARE_GLOBAL_API_KEY: ['cloudflare-global-api-key', 'cloudflare-prefixed-api-token'],
  DATABRICKS_PERSONAL_ACCESS_TOKEN: ['databricks-api-token'],
  DOCKER_PERSONAL_ACCESS_TOKEN: [],
  FIGMA_PERSONAL_ACCESS_TOKEN: [],
  PrivateKeyJSON: ['private-key'],
  GITHUB_TOKEN: ['github-pat', 'github-fine-grained-pat', 'github-app-token', 'github-oauth', 'github-refresh-token'],
  GITLAB_PERSONAL_ACCESS_TOKEN: ['gitlab-pat', 'gitlab-pat-routable'],
  GRAFANA_CLOUD_API_TOKEN: ['grafana-cloud-api-token'],
  GRAFANA_SERVICE_ACCOUNT_TOKEN: ['grafana-service-account-token'],
  GROQ_API_KEY: [],
  HASHICORP_VAULT_SERVICE_TOKEN: ['vault-service-token'],
  HASHICORP_VAULT_BATCH_TOKEN: ['vault-batch-token'],
  HASHICORP_VAULT_RECOVERY_TOKEN: [],
  HUGGINGFACE_USER_ACCESS_TOKEN: ['huggingface-access-token'],
  LINEAR_API_TOKEN: ['linear-api-key'],
  NOTION_INTEGRATION_TOKEN: ['notion-api-token'],
  NPM_ACCESS_TOKEN: ['npm-access-token'],
  Npmrc_authToken: [],
  PackageJSON_xOauthToken: [],
  OPENAI_TOKEN: ['openai-api-key'],
  PrivateKey: ['private-key'],
  secp256k1Priv: [],
  SENDGRID_KEY: ['sendgrid-api-token'],
  SHOPIFY_KEY: [
    'shopify-access-token',
    'shopify-custom-access-token',
    'shopify-private-app-access-token',
    'shopify-shared-secret',
  ],
  IncomingWebhook: ['slack-webhook-url'],
  SLACK_TOKEN: [
    'slack-bot-token',
    'slack-user-token',
    'slack-app-token',
    'slack-config-access-token',
    'slack-config-refresh-token',
    'slack-legacy-bot-token',
    'slack-legacy-token',
    'slack-legacy-workspace-token',
  ],
  STRIPE_SECRET_KEY_LIVE: ['stripe-access-token'],
  STRIPE_SECRET_KEY_TEST: ['stripe-access-token'],
  STRIPE_RESTRICTED_KEY_LIVE: ['stripe-access-token'],
  STRIPE_RESTRICTED_KEY_TEST: ['stripe-access-token'],
  TAILSCALE_API_KEY: [],
  TAILSCALE_AUTH_KEY: [],
  TAILSCALE_CLIENT_KEY: [],
  TAILSCALE_SCIM_KEY: [],
  TAILSCALE_KEY: [],
  TAILSCALE_WEBHOOK_KEY: [],
  VERCEL_PERSONAL_ACCESS_TOKEN: [],
  VERCEL_INTEGRATION_TOKEN: [],
  VERCEL_APP_ACCESS_TOKEN: [],
  VERCEL_APP_REFRESH_TOKEN: [],
  VERCEL_AI_GATEWAY_API_KEY: [],
};

/** The rule packages whose fixtures are used, with the rules their clean fixtures must not trip. */
export const SECRETLINT_PACKAGES: Record<string, string[]> = {
  '1password': ['1password-service-account-token'],
  anthropic: ['anthropic-api-key', 'anthropic-admin-api-key'],
  aws: ['aws-access-token', 'aws-secret-access-key'],
  azure: ['azure-ad-client-secret'],
  basicauth: ['url-credentials'],
  cloudflare: [
    'cloudflare-api-key',
    'cloudflare-global-api-key',
    'cloudflare-origin-ca-key',
    'cloudflare-prefixed-api-token',
  ],
  'database-connection-string': ['url-credentials'],
  databricks: ['databricks-api-token'],
  docker: [],
  figma: [],
  gcp: ['private-key'],
  github: SECRETLINT_RULES.GITHUB_TOKEN,
  gitlab: SECRETLINT_RULES.GITLAB_PERSONAL_ACCESS_TOKEN,
  grafana: ['grafana-api-key', 'grafana-cloud-api-token', 'grafana-service-account-token'],
  groq: [],
  'hashicorp-vault': ['vault-service-token', 'vault-batch-token'],
  huggingface: ['huggingface-access-token', 'huggingface-organization-api-token'],
  linear: ['linear-api-key', 'linear-client-secret'],
  notion: ['notion-api-token'],
  npm: ['npm-access-token'],
  openai: ['openai-api-key'],
  privatekey: ['private-key'],
  'secp256k1-privatekey': [],
  sendgrid: ['sendgrid-api-token'],
  shopify: SECRETLINT_RULES.SHOPIFY_KEY,
  slack: [...SECRETLINT_RULES.SLACK_TOKEN, 'slack-webhook-url'],
  stripe: ['stripe-access-token'],
  tailscale: [],
  vercel: [],
};

/** The folder of the corpus files: found from the working directory (tests and benchmarks run from the repo). */
function corpusDir(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, '__tests__', 'corpus', 'secrets-peer');
    if (existsSync(path.join(candidate, 'gitleaks.json'))) return candidate;
    if (path.dirname(dir) === dir)
      throw new Error('__tests__/corpus/secrets-peer not found above the working directory');
  }
}

export const PEER_CORPUS_FILES = ['gitleaks.json', 'secretlint.json', 'detect-secrets.json'];

export function loadPeerCorpora(): PeerCorpus[] {
  const dir = corpusDir();
  return PEER_CORPUS_FILES.filter((f) => existsSync(path.join(dir, f))).map(
    (f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as PeerCorpus,
  );
}
