import { parse as parseToml, TomlError } from 'smol-toml';
import { z } from 'zod';
import { UserError } from '../../core/errors.js';
import { untrustedPattern, type Pattern } from './patterns.js';
import { Re2Error } from './re2.js';
import { builtinRuleSet, emptyAllowlist, type Allowlist, type RuleSet, type SecretRule } from './rules.js';

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

function compileAllowlist(spec: AllowlistSpec, where: string): Allowlist {
  const compile = (pattern: string, what: string) => {
    try {
      return untrustedPattern(pattern);
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
 * Reads a gitleaks-format TOML config. Every rule's RE2 regex is translated to JavaScript or rejected with an
 * error naming the rule: never silently dropped. `[extend] useDefault = true` adds launchgate's builtin rules.
 */
export function loadGitleaksConfig(text: string, file: string): RuleSet {
  let raw: unknown;
  try {
    raw = parseToml(text);
  } catch (err) {
    if (err instanceof TomlError)
      throw new UserError(`${file}:${err.line}: invalid TOML: ${err.message.split('\n')[0]}`);
    throw new UserError(`${file}: invalid TOML: ${(err as Error).message}`);
  }
  const parsed = configSchema.safeParse(raw);
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
      if (r.regex) regex = untrustedPattern(r.regex);
      if (r.path) pathRe = untrustedPattern(r.path);
    } catch (err) {
      if (err instanceof Re2Error)
        throw new UserError(`${file}: rule '${r.id}': its regex cannot be used: ${err.message}`);
      throw err;
    }
    if (regex && r.secretGroup) {
      const groups = regex.groupCount;
      if (r.secretGroup > groups)
        throw new UserError(
          `${file}: rule '${r.id}': secretGroup ${r.secretGroup} but the regex has ${groups} group(s).`,
        );
    }
    const allowlists = [...(r.allowlist ? [r.allowlist] : []), ...(r.allowlists ?? [])].map((a) =>
      compileAllowlist(a, `${file}: rule '${r.id}'`),
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
    });
  }
  const globalSpecs = [...(config.allowlist ? [config.allowlist] : []), ...(config.allowlists ?? [])];
  const allowlists: Allowlist[] = [];
  for (const spec of globalSpecs) {
    const compiled = compileAllowlist(spec, `${file}: allowlist`);
    if (spec.targetRules?.length) {
      for (const id of spec.targetRules) rules.find((r) => r.id === id)?.allowlists.push(compiled);
    } else allowlists.push(compiled);
  }
  if (config.extend?.useDefault) {
    const builtin = builtinRuleSet();
    const disabled = new Set(config.extend.disabledRules ?? []);
    for (const rule of builtin.rules) if (!seen.has(rule.id) && !disabled.has(rule.id)) rules.push(rule);
    allowlists.push(...builtin.allowlists);
  }
  if (config.extend?.path || config.extend?.url)
    throw new UserError(`${file}: [extend] path/url is not supported; merge the files, or use useDefault = true.`);
  return { rules, allowlists, source: file };
}
