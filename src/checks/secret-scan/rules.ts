import { gitleaksRuleSet } from './config.js';
import { GITLEAKS_DEFAULT } from './data/gitleaks-default.js';
import { registerRewrite, trustedPattern, type Pattern } from './patterns.js';

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
  /** Where the rule comes from: 'gitleaks', 'launchgate', or the config file that defined it. */
  origin: string;
  /**
   * At most how many characters before one of its keywords a match can start (launchgate's own rules, where it
   * is known): the scanner then tries the rule only there (see Scanner.startsNearKeywords).
   */
  keywordReach?: number;
}

export interface RuleSet {
  rules: SecretRule[];
  allowlists: Allowlist[];
  source: string;
  /** Things the user should know about the rule set (a rule of theirs replacing a default one). */
  notices?: string[];
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
  keywordReach?: number;
  allow?: { regexes?: string[]; stopwords?: string[]; regexTarget?: RegexTarget; matchRegexes?: string[] };
  /** Cases beside the rule (the unit tests scan each alone): lines it must find, and lines it must not. */
  cases?: { finds: string[]; ignores: string[] };
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
 * launchgate's own rules, in RE2 syntax, for what gitleaks' default config lacks: the AWS secret access key (a
 * provider finding, not a generic one, so that it can be verified), Cloudflare's prefixed token formats, Telegram
 * bot tokens without the word telegram beside them, and passwords in connection URLs.
 */
const SPECS: RuleSpec[] = [
  {
    id: 'aws-secret-access-key',
    description: 'AWS secret access key',
    regex: String.raw`(?i)aws_?(?:secret)?_?(?:access)?_?key["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})\b`,
    keywords: ['aws'],
    entropy: 4.3,
    allow: { regexes: ['EXAMPLEKEY$'] },
  },
  {
    // gitleaks' cloudflare rules need the word "cloudflare" beside the value; these documented formats carry their
    // provider in the prefix (developers.cloudflare.com/fundamentals/api/get-started/token-formats): cfut_ a user
    // API token, cfat_ an account API token, cfk_ a global API key; 40 alphanumerics and an 8-hex checksum.
    id: 'cloudflare-prefixed-api-token',
    description: 'Cloudflare API token or global API key in its prefixed format (cfut_, cfat_, cfk_)',
    regex: String.raw`\b((?:cfut|cfat|cfk)_[A-Za-z0-9]{40}[0-9a-f]{8})(?:[^A-Za-z0-9]|$)`,
    keywords: ['cfut_', 'cfat_', 'cfk_'],
    entropy: 3.5,
    cases: {
      finds: [
        'CLOUDFLARE_API_TOKEN=cfut_Zq7rT2mW9xLp4Kd8Hn4k2Lq9Xw3Vb6Ny1Ms5Jc0Ta9c41e07',
        'export CF_ACCOUNT_TOKEN="cfat_Hn4k2Lq9Xw3Vb6Ny1Ms5Jc0Tf8Rg2Zq7rT2mW9xLb3e9f0d1"',
        'cloudflare: { globalKey: cfk_W9xLp4Kd8Hn4k2Lq9Xw3Vb6Ny1Ms5Jc0Tf8Rg2Zq7d0c5e6a }',
      ],
      ignores: [
        // Too short, part of a longer word, and a placeholder.
        'token = cfut_Zq7rT2mW9xLp4Kd8Hn4k2Lq9Xw3Vb6Ny1Ms5Jc0Ta9c41e0',
        'token = cfut_Zq7rT2mW9xLp4Kd8Hn4k2Lq9Xw3Vb6Ny1Ms5Jc0Ta9c41e07x',
        'CLOUDFLARE_API_TOKEN=cfut_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx00000000',
      ],
    },
  },
  {
    // gitleaks' telegram-bot-api-token needs "telegr" before the value, so `TeleBot("…")` or a bare token in a
    // test goes unseen. A bot token alone is distinctive enough: an 8-10 digit bot id, `:`, then 35 characters
    // that begin with `AA` in every token BotFather issues today. Where both match, gitleaks' rule is reported.
    id: 'telegram-bot-token',
    description: 'Telegram bot token, with or without the word telegram beside it',
    regex: String.raw`(?:^|[^0-9A-Za-z_-])([0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?:[^A-Za-z0-9_-]|$)`,
    keywords: [':aa'],
    entropy: 3.5,
    cases: {
      finds: [
        'bot = telebot.TeleBot("7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM")',
        'BOT_TOKEN=110201543:AAHdqTcvCH1vGWJxfSe1ofSAs0K5PALDsaw',
      ],
      ignores: [
        // One character too many or too few, a MAC address, and a placeholder.
        'BOT_TOKEN=110201543:AAHdqTcvCH1vGWJxfSe1ofSAs0K5PALDsawX',
        'BOT_TOKEN=110201543:AAHdqTcvCH1vGWJxfSe1ofSAs0K5PALDsa',
        'hwaddr 00:aa:bb:cc:dd:ee',
        'BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      ],
    },
  },
  {
    id: 'url-credentials',
    description: 'Password in a connection URL',
    regex: String.raw`\b[a-z][a-z0-9+.-]{1,20}://[^\s:/@'"\x60]{1,64}:([^\s:/@'"\x60]{3,128})@[a-z0-9.-]+`,
    keywords: ['://'],
    // The scheme before `://` is at most 21 characters.
    keywordReach: 21,
    // A password of one repeated character (`1111`, `xxxx`) is a placeholder: entropy 0.
    entropy: 0.5,
    allow: {
      regexes: [
        // Templates and references: ${VAR}, $VAR, $(VAR), {VAR}, {{var}}, <var>.
        String.raw`^\$\{.*\}$`,
        String.raw`^\$[A-Z_]+$`,
        String.raw`^\$\(.*\)$`,
        String.raw`^\{.*\}$`,
        String.raw`^<.*>$`,
        String.raw`^\*+$`,
        // Placeholder words, and the default password of a local database image (`mysql://mysql:mysql@localhost`).
        String.raw`^(?i)(?:my|your|the|some|new|db|user)?[_-]?(?:password|passwd|pass|pwd|secret)$`,
        String.raw`^(?i)(?:user|postgres|root|admin|test|guest|mongo|mongodb|mysql|mariadb|redis|rabbitmq)$`,
        // Too short to be anything but an example (`user:abc@`).
        String.raw`^.{1,3}$`,
      ],
      stopwords: PLACEHOLDER_STOPWORDS,
    },
    cases: {
      finds: [
        'DATABASE_URL=postgres://app:Zq7rT2mW9xLp4Kd8@db.internal:5432/app',
        'curl https://deploy:s3cr3t-Tok3n@ci.internal/hook',
        'mongodb+srv://svc:Hn4k2Lq9Xw@cluster0.x1y2z.mongodb.net/prod',
      ],
      // From secretlint's basicauth and database-connection-string fixtures (MIT): templates and placeholders.
      ignores: [
        'const TEMPLATE_URL = "https://{USER}:{PASS}@template.example.com";',
        'const GUIDE_URL = "https://username:mypassword@test.com/endpoint";',
        'const SHORT_URL = "https://user:abc@api.com/v1";',
        'const REPETITIVE_URL = "https://user:1111@service.com/api";',
        'const MONGO = "mongodb://mongodb:mongodb@localhost:27017/database";',
        'const MYSQL = "mysql://mysql:mysql@localhost:3306/database";',
        'DB_URL = postgres://$(PGUSER):$(PGPASSWORD)@$(PGHOST)/$(PGDATABASE)',
        'DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app',
      ],
    },
  },
];

/** Values the generic rule takes for secrets that are not: UUIDs, integrity hashes, references, literals. */
const GENERIC_NOT_A_SECRET = [
  String.raw`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`,
  String.raw`^sha(?:1|256|384|512)-`,
  String.raw`^\$\{`,
  String.raw`^(?:true|false|null|none|undefined)$`,
  String.raw`^(?:process\.env|os\.environ|import\.meta\.env|System\.getenv|ENV|env|config|settings|secrets)[.\[(]`,
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

/** launchgate's own rules and its global allowlists (placeholders, hash and data lines, lock files). */
export function launchgateRuleSet(): RuleSet {
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
      keywordReach: s.keywordReach,
      allowlists,
      origin: 'launchgate',
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
        description: 'placeholder words in the secret',
        stopwords: PLACEHOLDER_STOPWORDS.filter((w) => w.length >= 6),
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
    source: 'launchgate',
  };
}

export const LAUNCHGATE_RULE_IDS = SPECS.map((s) => s.id);

/** The cases written beside launchgate's own rules (the unit tests check each). */
export const LAUNCHGATE_RULE_CASES = SPECS.filter((s) => s.cases).map((s) => ({ id: s.id, ...s.cases! }));

/**
 * Rules that recognise a credential by where it is, not by what it looks like: a finding of theirs says less than
 * a provider rule's on the same span. `curl -H "Authorization: Bearer eyJ…"` is a JWT first (gitleaks' `jwt`
 * rule, which knows the token) and an argument of curl second; `https://u:p@host` is a sidekiq URL before it is any
 * URL with a password.
 */
const CONTEXT_RULES = new Set(['curl-auth-header', 'curl-auth-user', 'url-credentials', 'kubernetes-secret-yaml']);

/**
 * How specific a rule's finding is, most specific first: 0 a provider's own format, 1 a credential recognised by
 * its context (CONTEXT_RULES), 2 a generic rule. When rules match overlapping spans, the one secret is reported
 * once, under the most specific rule (Scanner's `mostSpecific`).
 */
export function ruleSpecificity(ruleId: string): number {
  if (ruleId.startsWith('generic')) return 2;
  return CONTEXT_RULES.has(ruleId) ? 1 : 0;
}

let defaults: RuleSet | undefined;

const DOUBLED_PREFIX = String.raw`[\w.-]{0,50}?(?i:[\w.-]{0,50}?`;

/**
 * A vendored pattern as V8 should run it. `okta-access-token` and `sumologic-access-id` start with two lazy,
 * open-ended prefixes in a row; Go's engine does not mind, but a backtracking one tries up to 50 × 50 splits at
 * every position (1.2 s on a 130 KB file). `[\w.-]` is the same set with and without (?i), so the two are one
 * prefix of up to 100: the same strings match, from the same leftmost start, with the same secret group.
 */
export function rewriteForV8(pattern: string): string {
  return pattern.startsWith(DOUBLED_PREFIX)
    ? String.raw`(?i:[\w.-]{0,100}?` + pattern.slice(DOUBLED_PREFIX.length)
    : pattern;
}

/**
 * Vendored patterns every match of which starts with one of its rule's keywords (reviewed one by one: after `\b`
 * and opening groups, each alternative begins with a keyword, such as `ey` for `jwt` or `hvs.` and `s.` for
 * `vault-service-token`). The scanner tries them only where a keyword starts (Scanner.startsNearKeywords), instead
 * of the regex engine trying them at every position of every text that holds `ey` (a leading `\b` keeps V8 from
 * skipping ahead to the literal; `jwt` alone was a sixth of the scan time on source code). A pattern that starts
 * with its literal (`SK[0-9a-fA-F]{32}`) is left to V8, which skips to it faster. Keyed by the exact pattern: an
 * upstream change to a pattern drops it from this list.
 */
export const STARTS_WITH_KEYWORD = new Set<string>([
  String.raw`\b(ey[a-zA-Z0-9]{17,}\.ey[a-zA-Z0-9\/\\_-]{17,}\.(?:[a-zA-Z0-9\/\\_-]{10,}={0,2})?)(?:[\x60'"\s;]|\\[nr]|$)`,
  String.raw`\b((?:hvs\.[\w-]{90,120}|s\.(?i:[a-z0-9]{24})))(?:[\x60'"\s;]|\\[nr]|$)`,
  String.raw`\b(hvb\.[\w-]{138,300})(?:[\x60'"\s;]|\\[nr]|$)`,
  String.raw`\b((?:sc|ext|scauth|authress)_(?i)[a-z0-9]{5,30}\.[a-z0-9]{4,6}\.(?-i:acc)[_-][a-z0-9-]{10,32}\.[a-z0-9+/_=-]{30,120})(?:[\x60'"\s;]|\\[nr]|$)`,
  String.raw`\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b`,
  String.raw`\b(SG\.(?i)[a-z0-9=_\-\.]{66})(?:[\x60'"\s;]|\\[nr]|$)`,
]);

/** Whether `set` is the default rule set itself (which a worker thread can build for itself), without building it. */
export function isDefaultRuleSet(set: RuleSet): boolean {
  return defaults !== undefined && set === defaults;
}

/**
 * The rules a scan uses when no config replaces them: gitleaks' whole default config (vendored in data/) and
 * launchgate's own rules. Built once per process. A vendored config that does not load, or loads fewer rules than
 * it declares, throws: never a silently smaller rule set.
 */
export function defaultRuleSet(): RuleSet {
  if (defaults) return defaults;
  // The TOML as parsed when it was vendored (JSON.parse is native; a TOML parser would be compiled on every run).
  const config = JSON.parse(GITLEAKS_DEFAULT.json) as { rules?: { regex?: unknown }[] };
  for (const { regex } of config.rules ?? []) {
    if (typeof regex !== 'string') continue;
    const rewritten = rewriteForV8(regex);
    if (rewritten !== regex) registerRewrite(regex, rewritten);
  }
  const gitleaks = gitleaksRuleSet(config, 'gitleaks default config', {
    trusted: true,
    validated: true,
    origin: 'gitleaks',
  });
  if (gitleaks.rules.length !== GITLEAKS_DEFAULT.rules || gitleaks.rules.length === 0)
    throw new Error(
      `the vendored gitleaks config loaded ${gitleaks.rules.length} rules but declares ${GITLEAKS_DEFAULT.rules}: launchgate is broken, refusing to scan with a partial rule set`,
    );
  for (const rule of gitleaks.rules)
    if (rule.regex && STARTS_WITH_KEYWORD.has(rule.regex.source)) rule.keywordReach = 0;
  const own = launchgateRuleSet();
  const generic = gitleaks.rules.find((r) => r.id === 'generic-api-key');
  generic?.allowlists.push({
    ...emptyAllowlist(),
    description: 'launchgate: identifiers and references that are not values',
    regexes: GENERIC_NOT_A_SECRET.map((r) => trustedPattern(r)),
  });
  defaults = {
    rules: [...gitleaks.rules, ...own.rules],
    allowlists: [...gitleaks.allowlists, ...own.allowlists],
    source: `gitleaks ${GITLEAKS_DEFAULT.upstream.replace(/^.* at /, '')} + launchgate`,
  };
  return defaults;
}
