import { trustedPattern, type Pattern } from './patterns.js';

export type RegexTarget = 'secret' | 'match' | 'line';

export interface Allowlist {
  description?: string;
  condition: 'OR' | 'AND';
  regexTarget: RegexTarget;
  regexes: Pattern[];
  paths: Pattern[];
  stopwords: string[];
  commits: string[];
}

/** One compiled rule, the same shape for the builtin set and a gitleaks-format TOML file. */
export interface SecretRule {
  id: string;
  description: string;
  regex?: Pattern;
  secretGroup?: number;
  entropy?: number;
  /** Lower-case; the rule only runs on text that contains one of them (fast, and gitleaks' semantics). */
  keywords: string[];
  path?: Pattern;
  allowlists: Allowlist[];
}

export interface RuleSet {
  rules: SecretRule[];
  allowlists: Allowlist[];
  source: string;
}

export const emptyAllowlist = (): Allowlist => ({
  condition: 'OR',
  regexTarget: 'secret',
  regexes: [],
  paths: [],
  stopwords: [],
  commits: [],
});

interface RuleSpec {
  id: string;
  description: string;
  regex: string;
  keywords: string[];
  secretGroup?: number;
  entropy?: number;
  allow?: { regexes?: string[]; stopwords?: string[]; regexTarget?: RegexTarget; matchRegexes?: string[] };
}

/** Placeholders, templates and obviously fake values that look like credentials. */
const PLACEHOLDER_STOPWORDS = [
  'example',
  'changeme',
  'change_me',
  'placeholder',
  'dummy',
  'sample',
  'xxxxxx',
  'your_',
  'your-',
  '<your',
  'redacted',
  'insert',
  'replace',
];

/**
 * launchgate's own rules, in RE2 syntax (the same as gitleaks', so one engine runs both). Each targets a
 * credential with a known, checkable shape, plus one generic rule for high-entropy values assigned to secret-ish names.
 */
const SPECS: RuleSpec[] = [
  {
    id: 'aws-access-key-id',
    description: 'AWS access key ID',
    regex: String.raw`\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b`,
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    allow: { regexes: ['.+EXAMPLE$'] },
  },
  {
    id: 'aws-secret-access-key',
    description: 'AWS secret access key',
    regex: String.raw`(?i)aws_?(?:secret)?_?(?:access)?_?key["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})\b`,
    keywords: ['aws'],
    entropy: 4.3,
    allow: { regexes: ['EXAMPLEKEY$'] },
  },
  {
    id: 'github-pat',
    description: 'GitHub personal access token',
    regex: String.raw`\b(ghp_[A-Za-z0-9]{36})\b`,
    keywords: ['ghp_'],
    entropy: 3,
  },
  {
    id: 'github-fine-grained-pat',
    description: 'GitHub fine-grained personal access token',
    regex: String.raw`\b(github_pat_[A-Za-z0-9_]{82})\b`,
    keywords: ['github_pat_'],
    entropy: 3,
  },
  {
    id: 'github-app-token',
    description: 'GitHub app, OAuth or refresh token',
    regex: String.raw`\b((?:ghu|ghs|gho|ghr)_[A-Za-z0-9]{36})\b`,
    keywords: ['ghu_', 'ghs_', 'gho_', 'ghr_'],
    entropy: 3,
  },
  {
    id: 'gitlab-pat',
    description: 'GitLab personal access token',
    regex: String.raw`\b(glpat-[A-Za-z0-9_-]{20})\b`,
    keywords: ['glpat-'],
    entropy: 3,
  },
  {
    id: 'slack-token',
    description: 'Slack bot, user or app token',
    regex: String.raw`\b(xox[baprse]-[0-9]{8,13}-[0-9A-Za-z-]{10,64})\b`,
    keywords: ['xoxb-', 'xoxa-', 'xoxp-', 'xoxr-', 'xoxs-', 'xoxe-'],
  },
  {
    id: 'slack-webhook-url',
    description: 'Slack incoming webhook',
    regex: String.raw`(https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{43,56})`,
    keywords: ['hooks.slack.com'],
  },
  {
    id: 'stripe-secret-key',
    description: 'Stripe secret or restricted key',
    regex: String.raw`\b((?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{24,99})\b`,
    keywords: ['sk_live', 'sk_test', 'sk_prod', 'rk_live', 'rk_test', 'rk_prod'],
    entropy: 3,
  },
  {
    id: 'google-api-key',
    description: 'Google API key',
    regex: String.raw`\b(AIza[0-9A-Za-z_-]{35})(?:[^0-9A-Za-z_-]|$)`,
    keywords: ['aiza'],
    entropy: 3.5,
  },
  {
    id: 'npm-access-token',
    description: 'npm access token',
    regex: String.raw`\b(npm_[A-Za-z0-9]{36})\b`,
    keywords: ['npm_'],
    entropy: 3,
  },
  {
    id: 'pypi-upload-token',
    description: 'PyPI upload token',
    regex: String.raw`\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})`,
    keywords: ['pypi-ageichlwas5vcmc'],
  },
  {
    id: 'sendgrid-api-key',
    description: 'SendGrid API key',
    regex: String.raw`\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})\b`,
    keywords: ['sg.'],
    entropy: 3,
  },
  {
    id: 'twilio-api-key',
    description: 'Twilio API key',
    regex: String.raw`\b(SK[0-9a-f]{32})\b`,
    keywords: ['sk'],
    entropy: 3,
  },
  {
    id: 'openai-api-key',
    description: 'OpenAI API key',
    regex: String.raw`\b(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,74}T3BlbkFJ[A-Za-z0-9_-]{20,74})\b`,
    keywords: ['t3blbkfj'],
  },
  {
    id: 'anthropic-api-key',
    description: 'Anthropic API key',
    regex: String.raw`\b(sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA)(?:[^A-Za-z0-9_-]|$)`,
    keywords: ['sk-ant-'],
  },
  {
    id: 'digitalocean-token',
    description: 'DigitalOcean token',
    regex: String.raw`\b(do[por]_v1_[a-f0-9]{64})\b`,
    keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
  },
  {
    id: 'shopify-token',
    description: 'Shopify access token',
    regex: String.raw`\b(shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b`,
    keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
  },
  {
    id: 'private-key',
    description: 'Private key block',
    // The body stops at the next "-----": a file of BEGIN lines alone is read once, not once per BEGIN line.
    regex: String.raw`(-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----(?:[^-]|-[^-]|--[^-]|---[^-]|----[^-]){64,}?-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----)`,
    keywords: ['-----begin'],
  },
  {
    id: 'jwt',
    description: 'JSON Web Token',
    regex: String.raw`\b(ey[A-Za-z0-9]{17,}\.ey[A-Za-z0-9/_-]{17,}\.(?:[A-Za-z0-9/_-]{10,}={0,2})?)(?:[^A-Za-z0-9/_-]|$)`,
    keywords: ['eyj'],
    entropy: 3,
  },
  {
    id: 'url-credentials',
    description: 'Password in a connection URL',
    regex: String.raw`\b[a-z][a-z0-9+.-]{1,20}://[^\s:/@'"\x60]{1,64}:([^\s:/@'"\x60]{3,128})@[a-z0-9.-]+`,
    keywords: ['://'],
    allow: {
      regexes: [
        String.raw`^\$\{.*\}$`,
        String.raw`^\$[A-Z_]+$`,
        String.raw`^<.*>$`,
        String.raw`^\*+$`,
        String.raw`^(?i)(password|pass|pwd|secret|user|postgres|root|admin|test)$`,
      ],
      stopwords: PLACEHOLDER_STOPWORDS,
    },
  },
  {
    id: 'generic-secret',
    description: 'High-entropy value assigned to a secret-like name',
    // Starts at the secret-like name itself: a leading [\w.-]{0,40}? would be tried at every position of every line.
    regex: String.raw`(?i)(?:api_?key|apikey|secret|token|passwd|password|pwd|auth_?key|credential|private_?key|client_?secret)[\w.-]{0,20}?["']?\s*(?::|=|:=|=>|\?=)\s*["'\x60]?([A-Za-z0-9_+/=.~!@#%^&*-]{12,150})(?:["'\x60;\s,]|$)`,
    keywords: ['key', 'secret', 'token', 'passw', 'pwd', 'credential'],
    entropy: 3.5,
    allow: {
      regexes: [
        String.raw`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`,
        String.raw`^sha(?:1|256|384|512)-`,
        String.raw`^\$\{`,
        String.raw`^(?:true|false|null|none|undefined)$`,
        String.raw`^(?:process\.env|os\.environ|import\.meta\.env|System\.getenv|ENV|env|config|settings|secrets)[.\[(]`,
      ],
      stopwords: PLACEHOLDER_STOPWORDS,
      // Code, not a value: an unquoted identifier or member expression (`token: requiredCredentials`, `secret = cfg.key`).
      matchRegexes: [String.raw`(?::|=|=>|,)\s*(?:[A-Za-z_$]+|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+)[;\s,]?$`],
    },
  },
];

/** Lines that are never secrets whatever matches inside them (hash names, data URIs). */
const GLOBAL_LINE_ALLOW = [
  String.raw`(?i)(?:sha\d*|md5|hash|checksum|digest|integrity)["']?\s*[:=]`,
  String.raw`data:image/[a-z+]+;base64,`,
];
const GLOBAL_PATH_ALLOW = [
  String.raw`(?:^|/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|deno\.lock|Cargo\.lock|poetry\.lock|go\.sum)$`,
  String.raw`(?i)\.(?:png|jpe?g|gif|bmp|ico|svg|woff2?|ttf|eot|otf|pdf|zip|gz|tgz|jar|exe|dll|so|dylib)$`,
  String.raw`(?:^|/)node_modules/`,
];

export function builtinRuleSet(): RuleSet {
  const rules = SPECS.map((s): SecretRule => {
    const allowlists: Allowlist[] = [];
    if (s.allow) {
      allowlists.push({
        ...emptyAllowlist(),
        regexTarget: s.allow.regexTarget ?? 'secret',
        regexes: (s.allow.regexes ?? []).map((r) => trustedPattern(r)),
        stopwords: s.allow.stopwords ?? [],
      });
      if (s.allow.matchRegexes)
        allowlists.push({
          ...emptyAllowlist(),
          regexTarget: 'match',
          regexes: s.allow.matchRegexes.map((r) => trustedPattern(r)),
        });
    }
    return {
      id: s.id,
      description: s.description,
      regex: trustedPattern(s.regex),
      secretGroup: s.secretGroup,
      entropy: s.entropy,
      keywords: s.keywords,
      allowlists,
    };
  });
  return {
    rules,
    allowlists: [
      {
        ...emptyAllowlist(),
        description: 'placeholders',
        regexTarget: 'secret',
        stopwords: [],
        regexes: [trustedPattern(String.raw`(?i)^(?:AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)$`)],
      },
      {
        ...emptyAllowlist(),
        description: 'hash and data lines',
        regexTarget: 'line',
        regexes: GLOBAL_LINE_ALLOW.map((r) => trustedPattern(r)),
      },
      {
        ...emptyAllowlist(),
        description: 'lock files, binaries, vendored code',
        paths: GLOBAL_PATH_ALLOW.map((r) => trustedPattern(r)),
      },
    ],
    source: 'builtin',
  };
}

export const BUILTIN_RULE_IDS = SPECS.map((s) => s.id);

/** The rules a scan uses when no config replaces them. */
export function defaultRuleSet(): RuleSet {
  return builtinRuleSet();
}
