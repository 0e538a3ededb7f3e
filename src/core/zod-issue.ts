import type { z } from 'zod';
import { closest } from './inputs.js';
import { describeGiven } from './inputs-redact.js';

// zod's issues in a config file's words: what was given (masked and cut as input errors show it), what is accepted,
// and for a misspelt key or option the closest right one. zod's own text ("Invalid input: expected number, received
// string") names neither the value nor the choices.

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  valueType?: Schema;
  options?: Schema[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  getter?: () => Schema;
  checks?: { _zod: { def: { check: string; value?: number; inclusive?: boolean; format?: string } } }[];
}

const defOf = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under wrappers that do not change what a value must look like. */
function unwrap(schema: Schema): Schema {
  let s = schema;
  for (let depth = 0; depth < 50; depth++) {
    const def = defOf(s);
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type))
      s = def.innerType!;
    else if (def.type === 'pipe') s = defOf(def.in!).type === 'transform' ? def.out! : def.in!;
    else if (def.type === 'lazy') s = def.getter!();
    else return s;
  }
  return s;
}

/** The schema of the value at `path`, or undefined where the schema has no single answer. */
function schemaAt(schema: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let s: Schema | undefined = schema;
  for (const key of path) {
    if (!s) return undefined;
    const def = defOf(unwrap(s));
    if (def.type === 'object') s = def.shape![String(key)];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else if (def.type === 'union') s = def.options!.map((o) => schemaAt(o, [key])).find(Boolean);
    else return undefined;
  }
  return s && unwrap(s);
}

/** The keys an object accepts (every option's, for a union of objects). */
function keysOf(schema: Schema | undefined, depth = 0): string[] {
  // A recursive schema (z.lazy) must not recurse for ever.
  if (!schema || depth > 5) return [];
  const def = defOf(unwrap(schema));
  if (def.type === 'object') return Object.keys(def.shape!);
  if (def.type === 'union') return [...new Set(def.options!.flatMap((o) => keysOf(o, depth + 1)))];
  return [];
}

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value lines)',
  record: 'a mapping (key: value lines)',
  null: 'nothing',
};

/** What a schema accepts, in words ("a whole number from 100 to 599", "GET, HEAD or POST"). */
export function acceptedText(schema: Schema | undefined, expected?: string, depth = 0): string {
  if (depth > 3) return 'a nested value';
  if (!schema) return TYPE_WORDS[expected ?? ''] ?? expected ?? 'a different value';
  const s = unwrap(schema);
  const def = defOf(s);
  if (def.type === 'number') {
    const checks = (def.checks ?? []).map((c) => c._zod.def);
    const int = checks.some((c) => c.format === 'safeint' || c.format === 'int32');
    const min = checks.find((c) => c.check === 'greater_than');
    const max = checks.find((c) => c.check === 'less_than');
    const noun = int ? 'a whole number' : 'a number';
    if (min && max && min.inclusive && max.inclusive) return `${noun} from ${min.value} to ${max.value}`;
    const parts = [
      min && (min.inclusive ? `at least ${min.value}` : `above ${min.value}`),
      max && (max.inclusive ? `at most ${max.value}` : `below ${max.value}`),
    ].filter(Boolean);
    return parts.length ? `${noun} ${parts.join(' and ')}` : noun;
  }
  if (def.type === 'enum') return Object.values(def.entries!).join(', ');
  if (def.type === 'literal') return def.values!.map(String).join(', ');
  if (def.type === 'union')
    return [...new Set(def.options!.map((o) => acceptedText(o, undefined, depth + 1)))].join(', or ');
  if (def.type === 'array') {
    const element = unwrap(def.element!);
    if (defOf(element).type === 'object') return `a list of mappings (keys: ${keysOf(element).join(', ')})`;
    return `a list (each item ${acceptedText(element, undefined, depth + 1)})`;
  }
  return TYPE_WORDS[def.type] ?? TYPE_WORDS[expected ?? ''] ?? def.type;
}

/** A key from the file, cut: a hostile file's 10,000-character key must not make a 10,000-character error. */
export const keyText = (key: PropertyKey) => {
  const k = String(key);
  return k.length > 60 ? `${k.slice(0, 59)}…` : k;
};

const quoteList = (keys: readonly string[]) =>
  keys
    .slice(0, 10)
    .map((k) => `'${keyText(k)}'`)
    .join(', ') + (keys.length > 10 ? ` and ${keys.length - 10} more` : '');

/** zod's own text for these codes says nothing a user can act on; a message given in the schema is kept. */
const isDefaultMessage = (m: string) => /^(Invalid|Too (small|big)|Unrecognized)/.test(m);

/** The key an unknown key most likely meant ('methd' → 'method'), if one is close enough. */
export function unknownKeyHint(schema: Schema, issue: Issue): string | undefined {
  if (issue.code !== 'unrecognized_keys' || issue.keys.length !== 1) return undefined;
  const known = keysOf(schemaAt(schema, issue.path)).filter((k) => !issue.keys.includes(k));
  return closest(issue.keys[0], known);
}

/** One issue in a config file's words (without the file, line and key path, which the caller adds). */
export function issueText(schema: Schema, issue: Issue, given: unknown): string {
  const got = (v: unknown) =>
    v === undefined
      ? 'nothing'
      : ['string', 'number', 'boolean'].includes(typeof v)
        ? describeGiven(v)
        : Array.isArray(v)
          ? 'a list'
          : v === null
            ? 'nothing'
            : 'a mapping';
  if (issue.code === 'unrecognized_keys') {
    const known = keysOf(schemaAt(schema, issue.path)).filter((k) => !issue.keys.includes(k));
    const hint = unknownKeyHint(schema, issue);
    return `unknown key${issue.keys.length === 1 ? '' : 's'} ${quoteList(issue.keys)}${hint ? ` (did you mean '${hint}'?)` : ''}${known.length ? `; accepted keys: ${known.join(', ')}` : ''}`;
  }
  const here = schemaAt(schema, issue.path);
  const custom = !isDefaultMessage(issue.message);
  if (given === undefined)
    return custom
      ? issue.message
      : `is required; accepted: ${acceptedText(here, issue.code === 'invalid_type' ? issue.expected : undefined)}`;
  if (issue.code === 'invalid_value') {
    const values = issue.values.map(String);
    const text = String(given);
    const hint =
      typeof given === 'string'
        ? (values.find((v) => v.toLowerCase() === text.toLowerCase()) ?? closest(text, values))
        : undefined;
    return `got ${got(given)}${hint ? ` (did you mean '${hint}'?)` : ''}; accepted: ${values.join(', ')}`;
  }
  if (custom && ['too_small', 'too_big', 'invalid_type', 'invalid_union'].includes(issue.code))
    return `got ${got(given)}; accepted: ${issue.message.replace(/^required: /, '')}`;
  if (issue.code === 'too_small' && issue.origin === 'array')
    return `got ${Array.isArray(given) && given.length === 0 ? 'an empty list' : Array.isArray(given) ? `${given.length} item(s)` : got(given)}; accepted: a list of at least ${issue.minimum} item(s)`;
  if (issue.code === 'too_big' && issue.origin === 'array')
    return `got ${Array.isArray(given) ? `${given.length} item(s)` : got(given)}; accepted: a list of at most ${issue.maximum} item(s)`;
  if (issue.code === 'too_small' && issue.origin === 'string')
    return `got ${got(given)}; accepted: ${Number(issue.minimum) === 1 ? 'text that is not empty' : `text of at least ${issue.minimum} characters`}`;
  if (issue.code === 'too_big' && issue.origin === 'string')
    return `got ${got(given)}; accepted: text of at most ${issue.maximum} characters`;
  if (['invalid_type', 'too_small', 'too_big', 'invalid_union', 'not_multiple_of'].includes(issue.code))
    return `got ${got(given)}; accepted: ${acceptedText(here, issue.code === 'invalid_type' ? issue.expected : undefined)}`;
  // A refinement's message is written for people already ("give json or body, not both").
  const message = issue.message.replace(/^accepted: /, '');
  const accepted = message !== issue.message;
  if (given === undefined || typeof given === 'object') return message;
  return accepted ? `got ${got(given)}; accepted: ${message}` : `${message} (got ${got(given)})`;
}
