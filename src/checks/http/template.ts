import { UserError } from '../../core/errors.js';
import type { SecretRegistry } from '../../core/secrets.js';

/** `${name}` takes a captured variable, `${env.NAME}` an environment variable. `$${` writes a literal `${`. */
const PLACEHOLDER = /\$\$\{|\$\{\s*([A-Za-z_][\w.-]*)\s*\}/g;

export class TemplateError extends Error {}

export function interpolate(text: string, vars: Record<string, string>, env: NodeJS.ProcessEnv): string {
  return text.replace(PLACEHOLDER, (whole, name: string | undefined) => {
    if (name === undefined) return '${';
    if (name.startsWith('env.')) {
      const value = env[name.slice(4)];
      if (value === undefined || value === '')
        throw new TemplateError(`environment variable ${name.slice(4)} is ${value === '' ? 'empty' : 'not set'}`);
      return value;
    }
    if (!(name in vars)) throw new TemplateError(`variable '${name}' is not captured by an earlier step`);
    return vars[name];
  });
}

/** Interpolates every string inside a JSON-like value. */
export function interpolateDeep<T>(value: T, vars: Record<string, string>, env: NodeJS.ProcessEnv): T {
  if (typeof value === 'string') return interpolate(value, vars, env) as T;
  if (Array.isArray(value)) return value.map((v) => interpolateDeep(v, vars, env)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateDeep(v, vars, env)])) as T;
  }
  return value;
}

/** Every `${env.NAME}` used anywhere in a value, so a missing variable is reported before any request is sent. */
export function envReferences(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    for (const m of value.matchAll(PLACEHOLDER)) if (m[1]?.startsWith('env.')) found.add(m[1].slice(4));
  } else if (Array.isArray(value)) value.forEach((v) => envReferences(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => envReferences(v, found));
  return found;
}

/**
 * The one guard for `${env.NAME}` in flow and routes files: every variable must be set and not empty (a missing
 * Actions secret expands to an empty string), before any request is sent. Their values are secrets.
 */
export function requireEnvReferences(
  value: unknown,
  ctx: { env: NodeJS.ProcessEnv; secrets: SecretRegistry },
  where: string,
): void {
  const names = [...envReferences(value)];
  const unset = names.filter((n) => ctx.env[n] === undefined);
  const empty = names.filter((n) => ctx.env[n] === '');
  const problems = [
    ...(unset.length ? [`${unset.join(', ')} ${unset.length > 1 ? 'are' : 'is'} not set`] : []),
    ...(empty.length
      ? [
          `${empty.join(', ')} ${empty.length > 1 ? 'are' : 'is'} empty (a secret that does not exist in the repository expands to an empty string)`,
        ]
      : []),
  ];
  if (problems.length)
    throw new UserError(
      `${where}: environment variable(s) used by the file: ${problems.join('; ')}. No request was sent.`,
    );
  for (const n of names) ctx.secrets.add(ctx.env[n]);
}
