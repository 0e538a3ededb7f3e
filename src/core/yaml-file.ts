import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import type { z } from 'zod';
import { UserError, errorMessage } from './errors.js';
import { describeGiven } from './inputs-redact.js';

/** A YAML document that remembers where each value came from, so errors can name the line. */
export class YamlSource {
  constructor(
    readonly file: string,
    readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  get value(): unknown {
    return this.doc.toJS();
  }

  /** The 1-based line of the node at `path` (or of its nearest existing parent). */
  lineOf(path: readonly PropertyKey[]): number | undefined {
    for (let n = path.length; n >= 0; n--) {
      const node = this.doc.getIn(path.slice(0, n) as (string | number)[], true) as
        { range?: [number, number, number] } | undefined;
      if (node && node.range) return this.lines.linePos(node.range[0]).line;
    }
    return undefined;
  }

  /** The line of a mapping key itself (for "unknown key" errors). */
  keyLine(path: readonly (string | number)[], key: string): number | undefined {
    const parent = path.length ? this.doc.getIn(path, true) : this.doc.contents;
    if (isMap(parent)) {
      for (const pair of parent.items) {
        if (isScalar(pair.key) && pair.key.value === key && pair.key.range)
          return this.lines.linePos(pair.key.range[0]).line;
      }
    }
    return this.lineOf([...path, key]);
  }

  where(path: readonly PropertyKey[]): string {
    const line = this.lineOf(path);
    return line ? `${this.file}:${line}` : this.file;
  }
}

export function parseYaml(file: string, text: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = lines.linePos(e.pos[0]).line;
    throw new UserError(`${file}:${line}: invalid YAML: ${e.message.split('\n')[0]}`);
  }
  return new YamlSource(file, doc, lines);
}

export function loadYaml(file: string, displayName = file): YamlSource {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`Cannot read ${displayName}: ${code === 'ENOENT' ? 'no such file' : errorMessage(err)}`);
  }
  return parseYaml(displayName, text);
}

/** Validates a YAML document with zod; the first problem becomes one error naming the file, line and key. */
export function validateYaml<T>(source: YamlSource, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(source.value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const keyPath = issue.path.map(String).join('.') || '(top level)';
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') message = `unknown key(s) ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  // The value at fault, as input errors show it (credential shapes masked, cut): "expected number" alone does not
  // say which of a file's values it was.
  const given = valueAt(source.value, issue.path);
  if (issue.code !== 'unrecognized_keys' && ['string', 'number', 'boolean'].includes(typeof given))
    message += ` (got ${describeGiven(given)})`;
  const line =
    issue.code === 'unrecognized_keys'
      ? source.keyLine(issue.path as (string | number)[], issue.keys[0])
      : source.lineOf(issue.path);
  return fail(`${source.file}${line ? `:${line}` : ''}: ${keyPath}: ${message}`);
}

function valueAt(value: unknown, keyPath: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of keyPath) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

function fail(message: string): never {
  throw new UserError(message);
}
