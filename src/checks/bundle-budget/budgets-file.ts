import { z } from 'zod';
import { UserError } from '../../core/errors.js';
import { parseYaml, validateYaml, type YamlSource } from '../../core/yaml-file.js';
import { GROWTH_FORMS, SIZE_FORMS, parseGrowth, parseSize, type ByteSize, type Growth } from './sizes.js';

export const COMPRESSIONS = ['brotli', 'gzip', 'none'] as const;
export type Compression = (typeof COMPRESSIONS)[number];

const scalar = z.union([z.string(), z.number()]);

const entrySchema = z
  .object({
    name: z.string().min(1).max(200),
    path: z.union([z.string().min(1), z.array(z.string().min(1)).min(1).max(100)]),
    limit: z.union([z.string(), z.number()], { error: `required: ${SIZE_FORMS}` }),
    compression: z.enum(COMPRESSIONS).default('brotli'),
    'max-growth': scalar.optional(),
  })
  .strict();

const budgetsFileSchema = z.object({ budgets: z.array(entrySchema).min(1).max(500) }).strict();

export interface BudgetEntry {
  name: string;
  globs: string[];
  limit: ByteSize;
  compression: Compression;
  maxGrowth?: Growth;
  /** The entry's line in the budgets file (absent for inline YAML). */
  line?: number;
}

export interface BudgetsFile {
  /** The file's path as the user gave it; undefined for inline YAML. */
  file?: string;
  entries: BudgetEntry[];
}

/** `budgets` is a file path, or inline YAML (a value with a newline or starting with `budgets:`). */
export function isInlineYaml(value: string): boolean {
  return value.includes('\n') || /^\s*budgets\s*:/.test(value);
}

export function readBudgets(source: YamlSource, inline: boolean): BudgetsFile {
  const parsed = validateYaml(source, budgetsFileSchema);
  const names = new Set<string>();
  const entries = parsed.budgets.map((e, i): BudgetEntry => {
    const where = (key: string) => `${source.where(['budgets', i, key])}: budget '${e.name}'`;
    if (names.has(e.name))
      throw new UserError(`${where('name')}: the name is used twice; names key the comparison with the base.`);
    names.add(e.name);
    const limit = parseSize(e.limit);
    if (!limit)
      throw new UserError(`${where('limit')}: limit got ${JSON.stringify(String(e.limit))}; accepted: ${SIZE_FORMS}.`);
    let maxGrowth: Growth | undefined;
    if (e['max-growth'] !== undefined) {
      maxGrowth = parseGrowth(e['max-growth']);
      if (!maxGrowth)
        throw new UserError(
          `${where('max-growth')}: max-growth got ${JSON.stringify(String(e['max-growth']))}; accepted: ${GROWTH_FORMS}.`,
        );
    }
    const globs = typeof e.path === 'string' ? [e.path] : e.path;
    for (const g of globs) {
      if (g.startsWith('/') || g.split('/').includes('..'))
        throw new UserError(
          `${where('path')}: path ${JSON.stringify(g)} leaves the working directory; accepted: globs relative to it, such as dist/assets/*.js.`,
        );
    }
    return {
      name: e.name,
      globs,
      limit,
      compression: e.compression,
      maxGrowth,
      line: inline ? undefined : source.lineOf(['budgets', i]),
    };
  });
  return { file: inline ? undefined : source.file, entries };
}

export function parseInlineBudgets(text: string): BudgetsFile {
  return readBudgets(parseYaml("input 'budgets'", text), true);
}
