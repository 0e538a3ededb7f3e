import { z } from 'zod';
import { isHttpUrl } from '../../core/inputs.js';
import { exchangeSchema } from '../http/schema.js';
import { parseYaml, validateYaml, type YamlSource } from '../../core/yaml-file.js';
import { UserError } from '../../core/errors.js';

const routeSchema = z
  .object({
    name: z.string().min(1),
    method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']).default('GET'),
    path: z.string().min(1),
    headers: z.record(z.string(), z.string()).optional(),
    json: z.unknown().optional(),
    body: z.string().optional(),
    'budget-p95-ms': z.number().positive().optional(),
    /** Statuses that count as success (default any 2xx): a redirect to a login page is not a fast answer. */
    status: z
      .union([z.number().int().min(100).max(599), z.array(z.number().int().min(100).max(599)).min(1)])
      .optional(),
    /** A login run once before the load (the smoke step's request/expect/capture); its captures and cookies are used. */
    setup: exchangeSchema.optional(),
  })
  .strict()
  .refine((r) => r.json === undefined || r.body === undefined, { message: 'give json or body, not both' });

const routesFileSchema = z
  .object({
    'base-url': z.string().refine(isHttpUrl, 'accepted: an http:// or https:// URL').optional(),
    routes: z.array(routeSchema).min(1),
  })
  .strict();

export type Route = z.infer<typeof routeSchema> & { line?: number };

export interface RoutesFile {
  file?: string;
  baseUrl?: string;
  routes: Route[];
}

/** `routes` is a file path, or inline YAML (a value with a newline or starting with `routes:`). */
export function isInlineYaml(value: string): boolean {
  return value.includes('\n') || /^\s*(routes|base-url)\s*:/.test(value);
}

export function readRoutes(source: YamlSource, inline: boolean): RoutesFile {
  const parsed = validateYaml(source, routesFileSchema);
  const names = new Set<string>();
  for (const [i, r] of parsed.routes.entries()) {
    if (names.has(r.name))
      throw new UserError(
        `${source.where(['routes', i, 'name'])}: route name '${r.name}' is used twice; names key the baseline.`,
      );
    names.add(r.name);
  }
  return {
    file: inline ? undefined : source.file,
    baseUrl: parsed['base-url'],
    routes: parsed.routes.map((r, i) => ({ ...r, line: inline ? undefined : source.lineOf(['routes', i]) })),
  };
}

export function parseInlineRoutes(text: string): RoutesFile {
  return readRoutes(parseYaml("input 'routes'", text), true);
}
