import { z } from 'zod';
import { UserError } from './errors.js';
import { describeGiven } from './inputs-redact.js';
import type { SecretRegistry } from './secrets.js';

/**
 * One input of an action, and one key of its launchgate.yml section: the single source of truth for
 * action.yml, the README tables, the CLI flags and the config schema.
 */
export interface InputSpec<T = unknown> {
  description: string;
  /** The default exactly as action.yml shows it ('' when there is none). */
  default: string;
  required?: boolean;
  /** The value is a credential: registered with the secret registry as soon as it is read. */
  secret?: boolean;
  /** What a user may give, in words, for error messages. */
  accepted: string;
  schema: z.ZodType<T>;
}

export type InputSpecs = Record<string, InputSpec<any>>;
export type InputValues<S extends InputSpecs> = { [K in keyof S]: S[K] extends InputSpec<infer T> ? T : never };

/** Config values arrive as YAML scalars, action inputs as strings: both are read as text first. */
const asText = (v: unknown): unknown => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v);

export function text(
  description: string,
  def = '',
  opts: { required?: boolean; secret?: boolean } = {},
): InputSpec<string> {
  return { description, default: def, accepted: 'any text', schema: z.preprocess(asText, z.string()), ...opts };
}

export function choice<const V extends readonly [string, ...string[]]>(
  description: string,
  def: V[number],
  values: V,
): InputSpec<V[number]> {
  return { description, default: def, accepted: values.join(', '), schema: z.preprocess(asText, z.enum(values)) };
}

export function bool(description: string, def: 'true' | 'false' | ''): InputSpec<boolean | undefined> {
  return {
    description,
    default: def,
    accepted: 'true or false',
    schema: z.preprocess(
      (v) => (typeof v === 'boolean' ? String(v) : typeof v === 'string' ? v.trim().toLowerCase() : v),
      z.union([z.literal(''), z.enum(['true', 'false'])]).transform((v) => (v === '' ? undefined : v === 'true')),
    ),
  };
}

export function integer(description: string, def: string, min: number, max: number): InputSpec<number> {
  return {
    description,
    default: def,
    accepted: `a whole number from ${min} to ${max}`,
    schema: z.preprocess(
      (v) => (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v),
      z.number().int().min(min).max(max),
    ),
  };
}

export function decimal(description: string, def: string, min: number, max: number): InputSpec<number> {
  const spec = optionalDecimal(description, def, min, max);
  return { ...spec, schema: spec.schema.pipe(z.number()) } as InputSpec<number>;
}

/** A number that may be left empty (then undefined). */
export function optionalDecimal(
  description: string,
  def: string,
  min: number,
  max: number,
): InputSpec<number | undefined> {
  return {
    description,
    default: def,
    accepted: `a number from ${min} to ${max}`,
    schema: z.preprocess(
      (v) =>
        typeof v === 'string' ? (v.trim() === '' ? undefined : /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v) : v,
      z.number().min(min).max(max).optional(),
    ),
  };
}

/** `20%`, `20` or `0.2` in YAML → 0.2. */
export function percent(description: string, def: string): InputSpec<number> {
  return {
    description,
    default: def,
    accepted: 'a percentage such as 20% (0% to 1000%)',
    schema: z.preprocess((v) => {
      if (typeof v === 'number') return v;
      if (typeof v !== 'string') return v;
      const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(v);
      return m ? Number(m[1]) / 100 : v;
    }, z.number().min(0).max(10)),
  };
}

/** True for an absolute http:// or https:// URL. */
export function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** An absolute http:// or https:// URL, or empty. */
export function url(description: string, def = ''): InputSpec<string> {
  return {
    description,
    default: def,
    accepted: 'an http:// or https:// URL',
    schema: z.preprocess(
      asText,
      z
        .string()
        .trim()
        .refine((v) => v === '' || isHttpUrl(v)),
    ),
  };
}

/** Newline- (or comma-) separated values, or a YAML list; blank lines and `#` comments are dropped. */
export function list(description: string, def = '', separator: 'newline' | 'comma' = 'newline'): InputSpec<string[]> {
  return {
    description,
    default: def,
    accepted: separator === 'comma' ? 'a comma-separated list' : 'one value per line',
    schema: z.preprocess((v) => {
      if (Array.isArray(v)) return v.map((x) => asText(x));
      if (typeof v !== 'string') return v;
      const parts = separator === 'comma' ? v.split(/[,\n]/) : v.split('\n');
      return parts.map((p) => p.trim()).filter((p) => p && !p.startsWith('#'));
    }, z.array(z.string())),
  };
}

/** Inputs every action has. */
export const COMMON_INPUTS = {
  'fail-on': choice('Lowest severity that fails the step: error, warning, or never (report only).', 'error', [
    'error',
    'warning',
    'never',
  ] as const),
  'working-directory': text(
    'Directory the check runs in; file paths in findings are relative to the repository root.',
    '.',
  ),
  'github-token': {
    ...text('Token for the pull-request comment and the GitHub API.', '${{ github.token }}'),
    secret: true,
  },
  'pr-comment': bool("Post or update one sticky pull-request comment with this check's results.", 'false'),
} satisfies InputSpecs;

export type CommonInputs = InputValues<typeof COMMON_INPUTS>;

/**
 * Parses raw values (action inputs or a config section) against their specs. `where(name)` names the
 * source in errors: "input 'fail-on'" or "launchgate.yml:12 smoke.fail-on". Every bad value is reported at
 * once, one line each.
 */
export function parseInputs<S extends InputSpecs>(
  specs: S,
  raw: Record<string, unknown>,
  where: (name: string) => string,
): InputValues<S> {
  const { values, errors } = checkInputs(specs, raw, where);
  if (errors.length) throw new UserError(errors.join('\n'));
  return values;
}

/** parseInputs without throwing: the values that parsed, and one line per value that did not. */
export function checkInputs<S extends InputSpecs>(
  specs: S,
  raw: Record<string, unknown>,
  where: (name: string) => string,
): { values: InputValues<S>; errors: string[] } {
  const out: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    let value = raw[name];
    const missing = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    if (missing) {
      if (spec.required) {
        errors.push(`${where(name)} is required: ${spec.description}`);
        continue;
      }
      value = spec.default.startsWith('${{') ? '' : spec.default;
    }
    const parsed = spec.schema.safeParse(value);
    if (!parsed.success) {
      errors.push(`${where(name)} got ${describeGiven(value, spec.secret)}; accepted: ${spec.accepted}.`);
      continue;
    }
    out[name] = parsed.data;
  }
  return { values: out as InputValues<S>, errors };
}

/**
 * Registers every input declared secret before any is validated, so an error about another input (a token pasted
 * into the wrong one) is masked too, and the action host masks it in the runner's log from the first line.
 */
export function registerSecretInputs(specs: InputSpecs, raw: Record<string, unknown>, secrets: SecretRegistry): void {
  for (const [name, spec] of Object.entries(specs)) {
    const value = raw[name];
    if (spec.secret && (typeof value === 'string' || typeof value === 'number')) secrets.add(String(value).trim());
    if (spec.secret && typeof value === 'string' && value.trim() !== value) secrets.add(value);
  }
}

/** Edit distance, for "did you mean" suggestions on unknown keys and flags. */
export function closest(word: string, candidates: string[]): string | undefined {
  const prefixed = candidates.find((c) => word.length >= 3 && (c.startsWith(word) || word.startsWith(c)));
  if (prefixed) return prefixed;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = levenshtein(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  // A suggestion must share something with the word: 'zz' is not a typo of 'a'.
  return best !== undefined && bestDistance < word.length && bestDistance <= Math.max(2, Math.floor(word.length / 3))
    ? best
    : undefined;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
