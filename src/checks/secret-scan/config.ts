import { parse as parseToml, TomlError } from 'smol-toml';
import { z } from 'zod';
import { UserError } from '../../core/errors.js';
import { describeGiven } from '../../core/inputs-redact.js';
import { registerShipped, trustedPattern, untrustedPattern, type Pattern } from './patterns.js';
import { Re2Error } from './re2.js';
import { defaultRuleSet, emptyAllowlist, type Allowlist, type RuleSet, type SecretRule } from './rules.js';

const allowlistSchema = z
  .object({
    description: z.string().optional(),
    condition: z.enum(['OR', 'AND', 'or', 'and']).optional(),
    regexTarget: z.enum(['secret', 'match', 'line']).optional(),
    regexes: z.array(z.string()).optional(),
    paths: z.array(z.string()).optional(),
    stopwords: z.array(z.string()).optional(),
    commits: z.array(z.string()).optional(),
    targetRules: z.array(z.string()).optional(),
  })
  .strict();

const ruleSchema = z
  .object({
    id: z.string().min(1),
    description: z.string().optional(),
    regex: z.string().optional(),
    secretGroup: z.number().int().min(0).optional(),
    entropy: z.number().min(0).optional(),
    keywords: z.array(z.string()).optional(),
    path: z.string().optional(),
    tags: z.array(z.string()).optional(),
    allowlist: allowlistSchema.optional(),
    allowlists: z.array(allowlistSchema).optional(),
    skipReport: z.boolean().optional(),
  })
  .strict();

const configSchema = z
  .object({
    title: z.string().optional(),
    description: z.string().optional(),
    minVersion: z.string().optional(),
    extend: z
      .object({
        useDefault: z.boolean().optional(),
        path: z.string().optional(),
        url: z.string().optional(),
        disabledRules: z.array(z.string()).optional(),
      })
      .strict()
      .optional(),
    rules: z.array(ruleSchema).optional(),
    allowlist: allowlistSchema.optional(),
    allowlists: z.array(allowlistSchema).optional(),
  })
  .strict();

type AllowlistSpec = z.infer<typeof allowlistSchema>;

interface LoadOptions {
  /** The vendored default config: its patterns are reviewed and run in V8 (see patterns.ts). */
  trusted?: boolean;
  /**
   * Already validated, with every pattern compiled, when it was vendored (scripts/update-gitleaks-config.ts) and
   * by the tests: loaded without zod, and its patterns translated when first used, since this load is on every
   * scan's critical path.
   */
  validated?: boolean;
  /** Where the rules come from, for the README table and the engine label. */
  origin?: string;
}

function compileAllowlist(spec: AllowlistSpec, where: string, compilePattern: (p: string) => Pattern): Allowlist {
  const compile = (pattern: string, what: string) => {
    try {
      return compilePattern(pattern);
    } catch (err) {
      throw new UserError(`${where}: ${what} ${JSON.stringify(pattern)} cannot be used: ${(err as Error).message}`);
    }
  };
  return {
    ...emptyAllowlist(),
    description: spec.description,
    condition: (spec.condition ?? 'OR').toUpperCase() as 'OR' | 'AND',
    regexTarget: spec.regexTarget ?? 'secret',
    regexes: (spec.regexes ?? []).map((r) => compile(r, 'allowlist regex')),
    paths: (spec.paths ?? []).map((r) => compile(r, 'allowlist path')),
    stopwords: (spec.stopwords ?? []).map((s) => s.toLowerCase()),
    commits: spec.commits ?? [],
  };
}

/**
 * Reads a gitleaks-format TOML config. Every rule's RE2 regex compiles or is rejected with an error naming the
 * rule: never silently dropped. `[extend] useDefault = true` extends the default set (gitleaks' default config and
 * launchgate's own rules), and a rule of the same id as a default one replaces it, with a notice; without it the
 * file replaces the default set, as in gitleaks.
 */
export function loadGitleaksConfig(text: string, file: string, options: LoadOptions = {}): RuleSet {
  let raw: unknown;
  try {
    raw = parseToml(text);
  } catch (err) {
    if (err instanceof TomlError)
      throw new UserError(
        `${file}:${err.line}: invalid TOML: ${err.message.split('\n')[0]} (line ${err.line} reads ${describeGiven(text.split('\n')[err.line - 1] ?? '')})`,
      );
    throw new UserError(`${file}: invalid TOML: ${(err as Error).message}`);
  }
  return gitleaksRuleSet(raw, file, options);
}

/**
 * A gitleaks config already parsed (the vendored default comes as JSON: see scripts/update-gitleaks-config.ts),
 * validated and compiled as loadGitleaksConfig does.
 */
export function gitleaksRuleSet(raw: unknown, file: string, options: LoadOptions = {}): RuleSet {
  // Loading the defaults first registers their patterns, so a user's copy of one runs as the reviewed V8 version.
  if (!options.trusted) defaultRuleSet();
  const patternOf = options.trusted ? trustedPattern : untrustedPattern;
  const compilePattern = (source: string) => {
    const pattern = patternOf(source);
    if (!options.validated) pattern.validate();
    return pattern;
  };
  if (options.trusted) registerShipped(() => shippedPatterns(raw));
  // Parsed once per run: compiling zod's fast path for it (new Function) would cost more than the parse itself.
  const parsed = options.validated
    ? { success: true as const, data: raw as z.infer<typeof configSchema> }
    : configSchema.safeParse(raw, { jitless: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue.path.map(String).join('.');
    const rule =
      issue.path[0] === 'rules' && typeof issue.path[1] === 'number'
        ? (raw as any).rules?.[issue.path[1]]?.id
        : undefined;
    throw new UserError(
      `${file}: ${rule ? `rule '${rule}': ` : ''}${at}: ${issue.code === 'unrecognized_keys' ? `unknown key(s) ${issue.keys.join(', ')}` : issue.message}`,
    );
  }
  const config = parsed.data;
  const rules: SecretRule[] = [];
  const seen = new Set<string>();
  for (const r of config.rules ?? []) {
    if (seen.has(r.id)) throw new UserError(`${file}: rule '${r.id}' is defined twice.`);
    seen.add(r.id);
    if (!r.regex && !r.path) throw new UserError(`${file}: rule '${r.id}' has neither regex nor path.`);
    let regex: Pattern | undefined;
    let pathRe: Pattern | undefined;
    try {
      if (r.regex) regex = compilePattern(r.regex);
      if (r.path) pathRe = compilePattern(r.path);
    } catch (err) {
      if (err instanceof Re2Error)
        throw new UserError(`${file}: rule '${r.id}': its regex cannot be used: ${err.message}`);
      throw err;
    }
    if (regex && r.secretGroup && !options.validated) {
      const groups = regex.groupCount;
      if (r.secretGroup > groups)
        throw new UserError(
          `${file}: rule '${r.id}': secretGroup ${r.secretGroup} but the regex has ${groups} group(s).`,
        );
    }
    const allowlists = [...(r.allowlist ? [r.allowlist] : []), ...(r.allowlists ?? [])].map((a) =>
      compileAllowlist(a, `${file}: rule '${r.id}'`, compilePattern),
    );
    rules.push({
      id: r.id,
      description: r.description ?? r.id,
      regex,
      secretGroup: r.secretGroup,
      entropy: r.entropy,
      keywords: (r.keywords ?? []).map((k) => k.toLowerCase()),
      path: pathRe,
      allowlists,
      origin: options.origin ?? file,
    });
  }
  const globalSpecs = [...(config.allowlist ? [config.allowlist] : []), ...(config.allowlists ?? [])];
  const allowlists: Allowlist[] = [];
  for (const spec of globalSpecs) {
    const compiled = compileAllowlist(spec, `${file}: allowlist`, compilePattern);
    if (spec.targetRules?.length) {
      for (const id of spec.targetRules) rules.find((r) => r.id === id)?.allowlists.push(compiled);
    } else allowlists.push(compiled);
  }
  const notices: string[] = [];
  let source = file;
  if (config.extend?.useDefault) {
    const defaults = defaultRuleSet();
    const disabled = new Set(config.extend.disabledRules ?? []);
    for (const id of disabled)
      if (!defaults.rules.some((r) => r.id === id))
        notices.push(
          `${file}: [extend] disabledRules names '${id}', which is not a default rule (nothing to disable).`,
        );
    const shadowed = defaults.rules.filter((r) => seen.has(r.id)).map((r) => r.id);
    if (shadowed.length)
      notices.push(
        `${file} defines ${shadowed.map((id) => `'${id}'`).join(', ')}, which the default rule set also has: ${file}'s version is used.`,
      );
    for (const rule of defaults.rules) if (!seen.has(rule.id) && !disabled.has(rule.id)) rules.push(rule);
    allowlists.push(...defaults.allowlists);
    source = `${file} + ${defaults.source}`;
  }
  if (config.extend?.path || config.extend?.url)
    throw new UserError(`${file}: [extend] path/url is not supported; merge the files, or use useDefault = true.`);
  return { rules, allowlists, source, notices };
}

/** Every pattern string in a config, without compiling anything (to mark the vendored ones as reviewed). */
function shippedPatterns(parsed: unknown): string[] {
  const raw = parsed as { rules?: any[]; allowlist?: any; allowlists?: any[] };
  const fromAllowlist = (a: any) => [...(a?.regexes ?? []), ...(a?.paths ?? [])];
  return [
    ...(raw.rules ?? []).flatMap((r) => [
      r.regex,
      r.path,
      ...fromAllowlist(r.allowlist),
      ...(r.allowlists ?? []).flatMap(fromAllowlist),
    ]),
    ...fromAllowlist(raw.allowlist),
    ...(raw.allowlists ?? []).flatMap(fromAllowlist),
  ].filter((p): p is string => typeof p === 'string');
}
