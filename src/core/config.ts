import path from 'node:path';
import { isMap } from 'yaml';
import type { CheckDefinition } from './check.js';
import { UserError } from './errors.js';
import { COMMON_INPUTS, closest } from './inputs.js';
import { loadYaml, type YamlSource } from './yaml-file.js';

/** Sections that are not gates: `owners:` is read by `launchgate map` (src/map/build.ts), which validates it. */
export const NON_GATE_SECTIONS = ['owners'];

export interface ConfigSectionValues {
  check: CheckDefinition<any>;
  raw: Record<string, unknown>;
  where: (name: string) => string;
}

export interface LaunchgateConfig {
  file: string;
  dir: string;
  sections: ConfigSectionValues[];
  /**
   * Unknown sections and keys, when read with `deferErrors`: runConfig reports them together with every bad value,
   * so one run lists every mistake of the file.
   */
  problems: string[];
}

export interface ReadConfigOptions {
  /** Keep unknown sections and keys in `problems` instead of throwing (runConfig throws them with the bad values). */
  deferErrors?: boolean;
}

/**
 * Reads launchgate.yml: one section per check whose keys are that action's inputs. Unknown sections and
 * keys are errors with their line and a "did you mean" suggestion.
 */
export function loadConfig(
  file: string,
  checks: CheckDefinition<any>[],
  displayName = file,
  opts: ReadConfigOptions = {},
): LaunchgateConfig {
  const source = loadYaml(file, displayName);
  return readConfig(source, checks, path.dirname(path.resolve(file)), opts);
}

export function readConfig(
  source: YamlSource,
  checks: CheckDefinition<any>[],
  dir: string,
  opts: ReadConfigOptions = {},
): LaunchgateConfig {
  const root = source.doc.contents;
  if (root === null || root === undefined)
    throw new UserError(
      `${source.file}: the file is empty; add a section such as \`smoke:\` (sections: ${checks.map((c) => c.section).join(', ')}).`,
    );
  if (!isMap(root))
    throw new UserError(
      `${source.file}:${source.lineOf([]) ?? 1}: expected a mapping of sections (${checks.map((c) => c.section).join(', ')}).`,
    );
  const value = source.value as Record<string, unknown>;
  const sectionNames = checks.map((c) => c.section);
  const sections: ConfigSectionValues[] = [];
  // Every mistake in the file is reported at once, each with its line, so one edit fixes them all.
  const errors: string[] = [];
  for (const [key, body] of Object.entries(value)) {
    if (NON_GATE_SECTIONS.includes(key)) continue;
    const check = checks.find((c) => c.section === key);
    if (!check) {
      const hint = closest(key, sectionNames);
      errors.push(
        `${source.file}:${source.keyLine([], key)}: unknown section '${key}'${hint ? ` (did you mean '${hint}'?)` : ''}; sections: ${sectionNames.join(', ')}.`,
      );
      continue;
    }
    if (body === null || body === undefined) {
      const line = source.keyLine([], key);
      sections.push({ check, raw: {}, where: (name) => `${source.file}${line ? `:${line}` : ''} ${key}.${name}` });
      continue;
    }
    if (typeof body !== 'object' || Array.isArray(body)) {
      errors.push(
        `${source.file}:${source.lineOf([key])}: section '${key}' must be a mapping of ${check.name} inputs.`,
      );
      continue;
    }
    const known = Object.keys({ ...check.inputs, ...COMMON_INPUTS });
    for (const name of Object.keys(body)) {
      if (!known.includes(name)) {
        const hint = closest(name, known);
        errors.push(
          `${source.file}:${source.keyLine([key], name)}: unknown key '${key}.${name}'${hint ? ` (did you mean '${hint}'?)` : ''}; ${check.name} accepts: ${known.join(', ')}.`,
        );
      }
    }
    sections.push({
      check,
      raw: body as Record<string, unknown>,
      where: (name) => `${source.file}:${source.lineOf([key, name]) ?? source.lineOf([key])} ${key}.${name}`,
    });
  }
  if (errors.length && !opts.deferErrors) throw new UserError(errors.join('\n'));
  return { file: source.file, dir, sections, problems: errors };
}
