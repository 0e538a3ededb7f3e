/**
 * Builds the peer secret corpora in __tests__/corpus/secrets-peer/ from local git mirrors of the peer projects:
 *
 *   node scripts/run-ts.mjs scripts/build-peer-corpus.ts --gitleaks <git dir> --secretlint <git dir>
 *
 * - gitleaks: every rule test in cmd/generate/config/rules/*.go, read with a small Go evaluator
 *   (scripts/peer-corpus/go-eval.ts). The samples gitleaks generates at test time (GenerateSampleSecrets over
 *   secrets.NewSecret(regex)) are generated here with a seeded generator (scripts/peer-corpus/reggen.ts) and written
 *   out, so the corpus is data: the same samples on every run.
 * - secretlint: the test fixtures of its rule packages (packages/@secretlint/secretlint-rule-*\/test/snapshots/*),
 *   each with what secretlint's own snapshot expects (a message means a secret; none means clean).
 *
 * Each corpus file records its upstream commit; the licences are copied beside them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultRuleSet } from '../src/checks/secret-scan/rules.js';
import type { PeerCorpus, PeerSample } from '../__tests__/corpus/secrets-peer/index.js';
import { SECRETLINT_PACKAGES, SECRETLINT_RULES } from '../__tests__/corpus/secrets-peer/index.js';
import { FunctionBody, functionsOf, globalsOf, type Builtin, type Value } from './peer-corpus/go-eval.js';
import { newSecret, rng } from './peer-corpus/reggen.js';

const OUT = path.resolve('__tests__/corpus/secrets-peer');

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const commitOf = (dir: string) => git(dir, 'rev-parse', 'HEAD').trim();
const show = (dir: string, file: string) => git(dir, 'show', `HEAD:${file}`);
const ls = (dir: string, under: string) =>
  git(dir, 'ls-tree', '-r', '--name-only', 'HEAD', under).split('\n').filter(Boolean);

/** A stable 32-bit seed per rule function, so that a change in one file does not change another's samples. */
function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function buildGitleaks(dir: string): PeerCorpus {
  const commit = commitOf(dir);
  const generate = show(dir, 'cmd/generate/config/utils/generate.go');
  const sampleFn = functionsOf(generate).find((f) => f.name === 'GenerateSampleSecrets')!;
  const sampleBody = new FunctionBody(sampleFn.body, {});
  sampleBody.run();
  const templates = (sampleBody.env.get('samples') as { map: [string, Value][] }).map.map(([, v]) => String(v));
  if (templates.length < 20) throw new Error(`GenerateSampleSecrets: ${templates.length} templates read`);

  const generic = defaultRuleSet().rules.find((r) => r.id === 'generic-api-key')!;
  const stopwords = generic.allowlists.flatMap((a) => a.stopwords);

  /** The helpers gitleaks' rule tests call, drawing from `next`. */
  const builtinsFor = (next: () => number): Record<string, Builtin> => {
    const secret = (re: string) => newSecret(re, next);
    return {
      'secrets.NewSecret': ([re]) => secret(String(re)),
      'utils.GenerateSampleSecret': ([i, s]) => `${i}_api_token = "${s}"`,
      'utils.GenerateSampleSecrets': ([i, s]) =>
        templates.map((t) =>
          t.replaceAll('{i}', String(i)).replaceAll('{I}', String(i).toUpperCase()).replaceAll('{s}', String(s)),
        ),
      'utils.Numeric': ([n]) => `[0-9]{${n}}`,
      'utils.Hex': ([n]) => `[a-f0-9]{${n}}`,
      'utils.AlphaNumeric': ([n]) => `[a-z0-9]{${n}}`,
      'utils.AlphaNumericExtendedShort': ([n]) => `[a-z0-9_-]{${n}}`,
      'utils.AlphaNumericExtended': ([n]) => `[a-z0-9=_\\-]{${n}}`,
      'utils.AlphaNumericExtendedLong': ([n]) => `[a-z0-9\\/=_\\+\\-]{${n}}`,
      'utils.Hex8_4_4_4_12': () => '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
      'fmt.Sprintf': ([format, ...args]) => {
        let k = 0;
        return String(format).replace(/%[sdv%]/g, (m) => (m === '%%' ? '%' : String(args[k++])));
      },
      'utils.GenerateUniqueTokenRegex': ([re, ci]) => `${ci ? '(?i)' : ''}\\b(${re})(?:[\\x60'"\\s;]|\\\\[nr]|$)`,
      'base64.StdEncoding.EncodeToString': ([s]) => Buffer.from(String(s)).toString('base64'),
      'base64.RawStdEncoding.EncodeToString': ([s]) => Buffer.from(String(s)).toString('base64').replace(/=+$/, ''),
      'base64.URLEncoding.EncodeToString': ([s]) =>
        Buffer.from(String(s)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
      'base64.RawURLEncoding.EncodeToString': ([s]) => Buffer.from(String(s)).toString('base64url'),
      string: ([s]) => String(s),
      'strings.ToUpper': ([s]) => String(s).toUpperCase(),
      'strings.ToLower': ([s]) => String(s).toLowerCase(),
      'strings.Repeat': ([s, n]) => String(s).repeat(Number(n)),
      // generic.go: a secret with a digit 1-9 and none of gitleaks' stop words, drawn until one is.
      newPlausibleSecret: ([re]) => {
        for (;;) {
          const s = secret(String(re));
          if (/[1-9]/.test(s) && !stopwords.some((w) => s.toLowerCase().includes(w))) return s;
        }
      },
    };
  };
  const samples: PeerSample[] = [];
  const problems: string[] = [];
  const defaultIds = new Set(defaultRuleSet().rules.map((r) => r.id));
  for (const file of ls(dir, 'cmd/generate/config/rules').filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'))) {
    const src = show(dir, file);
    const fileNext = rng(seedOf(file));
    const globals = globalsOf(src, builtinsFor(fileNext));
    for (const fn of functionsOf(src)) {
      const id = /RuleID\s*:\s*"([^"]+)"/.exec(fn.text.replace(/ : /g, ':'));
      if (!id) continue;
      if (!defaultIds.has(id[1])) {
        // gitleaks defines it but leaves it out of its default config (square-secret, trello-access-token, …).
        problems.push(`${file} ${fn.name} (${id[1]}): not in gitleaks' default config, left out`);
        continue;
      }
      const builtins = builtinsFor(rng(seedOf(`${file}:${fn.name}`)));
      // jwt.go builds jwt-base64's samples in a loop over JOSE header parameters: run that loop here (keys in
      // sorted order, where Go's map order is random).
      builtins.generateTestValues = () => {
        const gen = functionsOf(src).find((f) => f.name === 'generateTestValues')!;
        const genBody = new FunctionBody(gen.body, builtins, globals);
        genBody.run();
        const headers = (genBody.env.get('headers') as { map: [string, Value][] }).map;
        const suffix = String(genBody.env.get('jwtSuffix'));
        const b64 = (x: string) => Buffer.from(x, 'latin1').toString('base64');
        const out: string[] = [];
        for (const [key, values] of [...headers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
          for (const value of values as Value[]) {
            const jwt = Buffer.from(`{"${key}":${String(value)}}`).toString('base64url') + suffix;
            out.push(b64(jwt), b64(jwt).replace(/=+$/, ''));
            out.push(b64(jwt).replace(/\+/g, '-').replace(/\//g, '_'), Buffer.from(jwt).toString('base64url'));
          }
        return out;
      };
      const body = new FunctionBody(fn.body, builtins, globals);
      body.run();
      const ret = body.returned;
      if (!ret || !/^utils\.Validate(WithPaths)?$/.test(ret.callee)) {
        problems.push(`${file} ${fn.name} (${id[1]}): no utils.Validate call evaluated; ${body.skipped.join('; ')}`);
        continue;
      }
      const add = (expect: 'secret' | 'clean', value: Value) => {
        if (value === null) return;
        if (Array.isArray(value)) {
          for (const text of value) samples.push({ rules: [id[1]], expect, text: String(text), from: file });
        } else if (typeof value === 'object' && 'map' in value) {
          for (const [p, text] of value.map)
            samples.push({ rules: [id[1]], expect, text: String(text), file: p, from: file });
        }
      };
      add('secret', ret.args[1]);
      add('clean', ret.args[2]);
      const relevant = body.skipped.filter((s) => /\b(tps|fps|examples)\b/.test(s) || s.includes(':='));
      if (relevant.length) problems.push(`${file} ${fn.name} (${id[1]}): skipped ${relevant.join('; ')}`);
    }
  }
  for (const p of problems) console.error(`gitleaks: ${p}`);
  return {
    name: 'gitleaks rule tests',
    upstream: `gitleaks/gitleaks cmd/generate/config/rules/*.go at ${commit}`,
    licence: 'MIT (gitleaks.LICENSE)',
    notes:
      'tps are expected to be found by their own rule, fps not to be (gitleaks validates each rule alone, with its global allowlist). Generated samples (secrets.NewSecret) were drawn with a seeded generator; literals are copied as they are.',
    samples,
  };
}

/**
 * secretlint: each rule package's test/snapshots/<case>/input* with output.json (what secretlint reports, in its
 * snapshot). Each message is one secret sample (its span in the fixture); a fixture with none is one clean sample.
 * Left out: cases whose .secretlintrc.json changes what is expected (`allows`, `enableIDScanRule: false`), binary
 * fixtures (.p12: secretlint decodes them, gitleaks flags the file by name), and cases whose name contradicts the
 * snapshot (an `ng.` case with no message), listed when the corpus is built.
 */
function buildSecretlint(dir: string): PeerCorpus {
  const commit = commitOf(dir);
  const samples: PeerSample[] = [];
  const files = ls(dir, 'packages/@secretlint');
  const inputs = files.filter((f) => /\/test\/snapshots\/[^/]+\/input(\.[^/]+)?$/.test(f));
  for (const input of inputs) {
    const pkg = /packages\/@secretlint\/secretlint-rule-([^/]+)\//.exec(input)?.[1];
    if (!pkg || !(pkg in SECRETLINT_PACKAGES)) continue;
    const caseDir = input.replace(/\/input(\.[^/]+)?$/, '');
    const caseName = caseDir.split('/').pop()!;
    const from = `secretlint-rule-${pkg}/test/snapshots/${caseName}`;
    const rc = files.includes(`${caseDir}/.secretlintrc.json`) ? show(dir, `${caseDir}/.secretlintrc.json`) : '';
    if (/"allows"|"enableIDScanRule":\s*false/.test(rc)) {
      console.error(`secretlint: left out ${from} (its options change the expectation)`);
      continue;
    }
    if (/\.(p12|pfx)$/.test(input)) {
      console.error(`secretlint: left out ${from} (binary)`);
      continue;
    }
    const output = JSON.parse(show(dir, `${caseDir}/output.json`)) as {
      messages?: { messageId: string; range: [number, number] }[];
    };
    const text = show(dir, input);
    const file = `fixtures/${caseName.replace(/[^\w.-]+/g, '_')}/${input.split('/').pop()}`;
    const messages = output.messages ?? [];
    if (messages.length === 0 && caseName.startsWith('ng.')) {
      console.error(`secretlint: left out ${from} (an ng. case its snapshot reports nothing in)`);
      continue;
    }
    if (messages.length === 0) samples.push({ rules: SECRETLINT_PACKAGES[pkg], expect: 'clean', text, file, from });
    for (const m of messages) {
      const rules = SECRETLINT_RULES[m.messageId];
      if (!rules) throw new Error(`${from}: message id ${m.messageId} has no mapping in SECRETLINT_RULES`);
      samples.push({ rules, expect: 'secret', text, file, span: m.range, from, label: m.messageId });
    }
  }
  return {
    name: 'secretlint rule fixtures',
    upstream: `secretlint/secretlint packages/@secretlint/secretlint-rule-*/test/snapshots at ${commit}`,
    licence: 'MIT (secretlint.LICENSE)',
    notes:
      'One secret sample per message of the snapshot (span: where it is in the fixture); a fixture with no message is one clean sample. Rules: the closest rules of the default set (SECRETLINT_RULES in index.ts); [] means the default set has no such rule.',
    samples,
  };
}

/** detect-secrets plugin → the closest rules of the default set ([]: it has none). */
const DETECT_SECRETS_PLUGINS: Record<string, string[]> = {
  artifactory: ['artifactory-api-key', 'artifactory-reference-token'],
  aws_key: ['aws-access-token', 'aws-secret-access-key'],
  azure_storage_key: [],
  basic_auth: ['url-credentials'],
  cloudant: [],
  discord: ['discord-api-token', 'discord-client-id', 'discord-client-secret'],
  github_token: ['github-pat', 'github-oauth', 'github-app-token', 'github-refresh-token', 'github-fine-grained-pat'],
  gitlab_token: [
    'gitlab-pat',
    'gitlab-pat-routable',
    'gitlab-ptt',
    'gitlab-rrt',
    'gitlab-runner-authentication-token',
    'gitlab-runner-authentication-token-routable',
    'gitlab-deploy-token',
    'gitlab-cicd-job-token',
    'gitlab-feed-token',
    'gitlab-incoming-mail-token',
    'gitlab-kubernetes-agent-token',
    'gitlab-oauth-app-secret',
    'gitlab-scim-token',
    'gitlab-session-cookie',
    'gitlab-feature-flag-client-token',
  ],
  ibm_cloud_iam: [],
  ibm_cos_hmac: [],
  jwt: ['jwt'],
  mailchimp_key: ['mailchimp-api-key'],
  npm: ['npm-access-token'],
  openai: ['openai-api-key'],
  private_key: ['private-key'],
  pypi_token: ['pypi-upload-token'],
  sendgrid: ['sendgrid-api-token'],
  slack: [...SECRETLINT_RULES.SLACK_TOKEN, 'slack-webhook-url'],
  softlayer: [],
  square_oauth: ['square-access-token'],
  stripe_key: ['stripe-access-token'],
  telegram_token: ['telegram-bot-api-token', 'telegram-bot-token'],
  twilio: ['twilio-api-key'],
};

/** A Python string literal's value ('…', "…", with r/u/b prefixes; escapes as Python reads them). */
function pythonString(prefix: string, body: string): string {
  if (/r/i.test(prefix)) return body;
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[\\'"nrt0]|\n)/g, (_, e: string) => {
    if (e[0] === 'x' || e[0] === 'u') return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ n: '\n', r: '\r', t: '\t', '0': '\0', '\n': '' } as Record<string, string>)[e] ?? e;
  });
}

/**
 * detect-secrets: the `(payload, should_flag)` cases of its plugin tests (tests/plugins/*_test.py), as literals.
 * A tuple with anything but string literals and one boolean (a name, an f-string, a call) is left out.
 */
function buildDetectSecrets(dir: string): PeerCorpus {
  const commit = commitOf(dir);
  const samples: PeerSample[] = [];
  let leftOut = 0;
  for (const file of ls(dir, 'tests/plugins').filter((f) => f.endsWith('_test.py'))) {
    const plugin = /tests\/plugins\/(\w+)_test\.py$/.exec(file)![1];
    const rules = DETECT_SECRETS_PLUGINS[plugin];
    if (!rules) {
      console.error(`detect-secrets: ${plugin} left out (a heuristic, not a format: no rule to compare with)`);
      continue;
    }
    const src = show(dir, file).replace(/#[^\n'"]*$/gm, '');
    for (const call of src.matchAll(
      /@pytest\.mark\.parametrize\(\s*['"]([^'"]+)['"]\s*,\s*\[([\s\S]*?)\n\s*\],?\s*\)/g,
    )) {
      // `'line'` alone: every case is a secret when the test asserts one finding for it.
      const after = src.slice(call.index! + call[0].length, call.index! + call[0].length + 600);
      const allFlagged = /^\s*(line|payload)\s*$/.test(call[1]) && /len\(output\) == 1/.test(after);
      if (!/should_flag|expected|is_secret/.test(call[1]) && !allFlagged) continue;
      for (const tuple of call[2].matchAll(
        /\(((?:\s*(?:[rRuUbB]{0,2}(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")|True|False)\s*,?)+)\s*\)/g,
      )) {
        const parts = [
          ...tuple[1].matchAll(/([rRuUbB]{0,2})(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)")|(True|False)/g),
        ];
        const bools = parts.filter((m) => m[4]);
        const strings = parts.filter((m) => !m[4]);
        if (allFlagged && bools.length === 0 && strings.length > 0) bools.push(['True', '', '', '', 'True'] as never);
        if (bools.length !== 1 || strings.length === 0 || parts[0][4]) {
          leftOut++;
          continue;
        }
        // Adjacent literals concatenate, as in Python.
        const text = strings.map((m) => pythonString(m[1], m[2] ?? m[3])).join('');
        samples.push({ rules, expect: bools[0][4] === 'True' ? 'secret' : 'clean', text, from: file, label: plugin });
      }
    }
  }
  console.error(`detect-secrets: ${leftOut} tuples left out (not plain literals)`);
  return {
    name: 'detect-secrets plugin tests',
    upstream: `Yelp/detect-secrets tests/plugins/*_test.py at ${commit}`,
    licence: 'Apache-2.0 (detect-secrets.LICENSE)',
    notes:
      "The (payload, should_flag) cases of each plugin's tests: True is a secret, False clean. Rules: the closest rules of the default set (DETECT_SECRETS_PLUGINS in scripts/build-peer-corpus.ts); [] means it has none. Heuristic plugins (keyword, high entropy, public IP) are left out.",
    samples,
  };
}

mkdirSync(OUT, { recursive: true });
const gitleaksDir = arg('gitleaks');
const secretlintDir = arg('secretlint');
const write = (file: string, corpus: PeerCorpus) => {
  // One sample per line: a change upstream shows as a change of those lines.
  const { samples, ...head } = corpus;
  const lines = samples.map((x) => `  ${JSON.stringify(x)}`).join(',\n');
  writeFileSync(
    path.join(OUT, file),
    `${JSON.stringify(head, null, 1).slice(0, -2)},\n "samples": [\n${lines}\n ]\n}\n`,
  );
  const secrets = corpus.samples.filter((s) => s.expect === 'secret').length;
  console.log(`${file}: ${secrets} secrets, ${corpus.samples.length - secrets} clean`);
};
if (gitleaksDir) {
  write('gitleaks.json', buildGitleaks(gitleaksDir));
  writeFileSync(path.join(OUT, 'gitleaks.LICENSE'), show(gitleaksDir, 'LICENSE'));
}
const detectSecretsDir = arg('detect-secrets');
if (detectSecretsDir) {
  write('detect-secrets.json', buildDetectSecrets(detectSecretsDir));
  writeFileSync(path.join(OUT, 'detect-secrets.LICENSE'), show(detectSecretsDir, 'LICENSE'));
}
if (secretlintDir) {
  write('secretlint.json', buildSecretlint(secretlintDir));
  writeFileSync(path.join(OUT, 'secretlint.LICENSE'), show(secretlintDir, 'LICENSE'));
}
