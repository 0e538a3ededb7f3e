import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import type { z } from 'zod';
import { UserError, errorMessage } from './errors.js';
import { issueText, keyText, unknownKeyHint } from './zod-issue.js';

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

/** At most this many problems of one file are listed; the rest are counted. */
const MAX_FILE_ISSUES = 10;

/**
 * Validates a YAML document with zod. Every problem (up to 10) is one line naming the file, the line, the key, the
 * value given and what is accepted, so one edit fixes them all.
 */
export function validateYaml<T>(source: YamlSource, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(source.value);
  if (parsed.success) return parsed.data;
  // A misspelt required key is one mistake: "unknown key 'nme' (did you mean 'name'?)" says it, "name is required"
  // beside it would be noise.
  const meant = new Set(
    parsed.error.issues.flatMap((issue) => {
      const hint = unknownKeyHint(schema, issue);
      return hint ? [[...issue.path, hint].map(String).join('\0')] : [];
    }),
  );
  const issues = parsed.error.issues.filter(
    (issue) =>
      !(
        issue.code !== 'unrecognized_keys' &&
        valueAt(source.value, issue.path) === undefined &&
        meant.has(issue.path.map(String).join('\0'))
      ),
  );
  const located = issues.map((issue, index) => {
    const keyPath = issue.path.map(keyText).join('.') || '(top level)';
    const line =
      issue.code === 'unrecognized_keys'
        ? source.keyLine(issue.path as (string | number)[], issue.keys[0])
        : source.lineOf(issue.path);
    const text = issueText(schema, issue, valueAt(source.value, issue.path));
    return { line: line ?? Infinity, index, text: `${source.file}${line ? `:${line}` : ''}: ${keyPath}: ${text}` };
  });
  const lines = located
    .sort((a, b) => a.line - b.line || a.index - b.index)
    .slice(0, MAX_FILE_ISSUES)
    .map((l) => l.text);
  if (issues.length > MAX_FILE_ISSUES)
    lines.push(`${source.file}: ${issues.length - MAX_FILE_ISSUES} more problem(s) after these.`);
  return fail(lines.join('\n'));
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
