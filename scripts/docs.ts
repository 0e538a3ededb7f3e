/**
 * Renders every action.yml and the README's input/output tables from the check specs, the single source of
 * truth. `npm run build` writes them; __tests__/docs.test.ts fails when a committed copy drifts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { CHECKS } from '../src/checks/registry.js';
import type { CheckDefinition, OutputSpec } from '../src/core/check.js';
import { COMMON_OUTPUTS, shortTitle } from '../src/core/check.js';
import { COMMON_INPUTS, type InputSpecs } from '../src/core/inputs.js';
import { MAIN_INPUTS, MAIN_OUTPUTS } from '../src/hosts/main-action.js';

const HEADER = (source: string) =>
  `# Generated from ${source} by \`npm run build\`: edit the spec there, not this file.\n`;

function inputsYaml(specs: InputSpecs) {
  return Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      { description: spec.description, required: Boolean(spec.required), default: spec.default },
    ]),
  );
}

function outputsYaml(outputs: Record<string, OutputSpec>) {
  return Object.fromEntries(Object.entries(outputs).map(([name, o]) => [name, { description: o.description }]));
}

export function actionYml(def: CheckDefinition<any>): string {
  const doc = {
    name: def.title,
    description: def.description,
    author: 'launchgate',
    branding: def.branding,
    inputs: inputsYaml({ ...def.inputs, ...COMMON_INPUTS }),
    outputs: outputsYaml({ ...COMMON_OUTPUTS, ...def.outputs }),
    runs: { using: 'node24', main: `../../dist/${def.name}/index.js` },
  };
  return HEADER(`src/checks/${def.name}/index.ts`) + stringify(doc, { lineWidth: 0 });
}

export function mainActionYml(): string {
  const doc = {
    name: 'launchgate',
    description: `Runs every launch-readiness gate configured in launchgate.yml in one step: ${CHECKS.map(shortTitle).join(', ')}.`,
    author: 'launchgate',
    branding: { icon: 'check-circle', color: 'green' },
    inputs: inputsYaml(MAIN_INPUTS),
    outputs: outputsYaml(MAIN_OUTPUTS),
    runs: { using: 'node24', main: 'dist/main/index.js' },
  };
  return HEADER('src/hosts/main-action.ts') + stringify(doc, { lineWidth: 0 });
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function readmeTable(def: CheckDefinition<any> | 'main'): string {
  const inputs: InputSpecs = def === 'main' ? MAIN_INPUTS : { ...def.inputs, ...COMMON_INPUTS };
  const outputs = def === 'main' ? MAIN_OUTPUTS : { ...COMMON_OUTPUTS, ...def.outputs };
  const rows = ['| Input | Default | Description |', '| --- | --- | --- |'];
  for (const [name, spec] of Object.entries(inputs)) {
    rows.push(
      `| \`${name}\`${spec.required ? ' (required)' : ''} | ${spec.default ? `\`${cell(spec.default)}\`` : '—'} | ${cell(spec.description)} |`,
    );
  }
  rows.push('', '| Output | Description |', '| --- | --- |');
  for (const [name, o] of Object.entries(outputs)) rows.push(`| \`${name}\` | ${cell(o.description)} |`);
  return rows.join('\n');
}

export function markerName(def: CheckDefinition<any> | 'main'): string {
  return def === 'main' ? 'main' : def.name;
}

function replaceBlock(text: string, name: string, body: string): string {
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README.md lacks the ${start} … ${end} markers`);
  return text.slice(0, i + start.length) + '\n' + body + '\n' + text.slice(j);
}

/** Where a gate without a README section gets one: before the section on the top-level action. */
const NEW_GATES_BEFORE = '\n## All gates in one step\n';

/** A gate the README does not describe yet gets a section with its description and its generated table. */
function addGateSection(readme: string, def: CheckDefinition<any>): string {
  if (readme.includes(`<!-- table:${def.name} -->`)) return readme;
  const at = readme.indexOf(NEW_GATES_BEFORE);
  if (at < 0) throw new Error(`README.md lacks the heading '${NEW_GATES_BEFORE.trim()}' new gates go before`);
  const section = `\n## ${def.title}\n\n${def.description}\n\n<!-- table:${def.name} -->\n<!-- /table:${def.name} -->\n`;
  return readme.slice(0, at) + section + readme.slice(at);
}

/** Replaces each `<!-- table:NAME -->…<!-- /table:NAME -->` block of the README with the rendered table. */
export function syncReadme(readme: string): string {
  let out = readme;
  for (const def of CHECKS) out = addGateSection(out, def);
  for (const def of CHECKS)
    for (const [marker, render] of Object.entries(def.readmeTables ?? {})) out = replaceBlock(out, marker, render());
  for (const def of [...CHECKS, 'main' as const]) {
    out = replaceBlock(out, `table:${markerName(def)}`, readmeTable(def));
  }
  return out;
}

/** The gates' names, for the build's entry points (dist/<name>/index.js). */
export const gateNames = (): string[] => CHECKS.map((c) => c.name);

/** What `launchgate --help` lists, written into the bundles so that help loads no gate (src/hosts/gates.ts). */
export const gateSummaries = () => CHECKS.map((c) => ({ name: c.name, section: c.section }));

/** Writes every generated file and the README's tables into `root`. */
export function writeDocs(root: string): void {
  for (const { file, text } of GENERATED()) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  const readme = path.join(root, 'README.md');
  writeFileSync(readme, syncReadme(readFileSync(readme, 'utf8')));
}

export const GENERATED = () => [
  ...CHECKS.map((def) => ({ file: `actions/${def.name}/action.yml`, text: actionYml(def) })),
  { file: 'action.yml', text: mainActionYml() },
];
