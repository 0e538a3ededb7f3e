/**
 * A gate is one registry entry: everything else (action.yml, bundle, README section, launchgate.yml section, CLI
 * command, report card, init's starter, the main action's lists) is derived from it. Each case fails when a gate
 * of src/checks/registry.ts lacks one of them.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { GENERATED, actionYml, syncReadme } from '../../scripts/docs.js';
import { CHECKS, checkByName } from '../../src/checks/registry.js';
import { shortTitle, type CheckDefinition } from '../../src/core/check.js';
import { readConfig } from '../../src/core/config.js';
import { prepareCheck } from '../../src/core/execute.js';
import { SecretRegistry } from '../../src/core/secrets.js';
import { buildReport } from '../../src/core/finding.js';
import { renderHtmlReport } from '../../src/core/html-report.js';
import { text } from '../../src/core/inputs.js';
import { parseYaml } from '../../src/core/yaml-file.js';
import { cli } from '../../src/cli/main.js';
import { MAIN_INPUTS } from '../../src/hosts/main-action.js';
import { fakeCheck } from '../helpers/fake-context.js';
import { ROOT } from '../helpers/run-action.js';

async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await cli(argv, {
    out: (t) => (out += t + '\n'),
    err: (t) => (err += t + '\n'),
    env: {},
    cwd: ROOT,
    isTTY: false,
  });
  return { code, out, err };
}

const gates = CHECKS.map((c) => [c.name, c] as const);

describe.each(gates)('%s is wired everywhere from its registry entry', (name, def) => {
  test('its module is src/checks/<name>/index.ts, which the build bundles into dist/<name>/index.js', async () => {
    const module = await import(`../../src/checks/${name}/index.js`);
    expect(Object.values(module)).toContain(def);
    expect(existsSync(path.join(ROOT, 'dist', name, 'index.js'))).toBe(true);
  });

  test('actions/<name>/action.yml is generated from it and runs its bundle', () => {
    const file = path.join(ROOT, 'actions', name, 'action.yml');
    expect(readFileSync(file, 'utf8')).toBe(actionYml(def));
    expect(parse(readFileSync(file, 'utf8')).runs.main).toBe(`../../dist/${name}/index.js`);
    expect(GENERATED().map((g) => g.file)).toContain(`actions/${name}/action.yml`);
  });

  test('the README has its section and its generated table', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`<!-- table:${name} -->`);
    expect(readme).toContain(`<!-- /table:${name} -->`);
  });

  test('launchgate.yml takes its section, and names its keys when one is wrong', () => {
    const config = readConfig(parseYaml('launchgate.yml', `${def.section}:\n  fail-on: never\n`), CHECKS, ROOT);
    expect(config.sections.map((s) => s.check)).toEqual([def]);
    expect(() => readConfig(parseYaml('launchgate.yml', `${def.section}:\n  bogus: 1\n`), CHECKS, ROOT)).toThrow(
      `launchgate.yml:2: unknown key '${def.section}.bogus'`,
    );
  });

  test('the CLI has its command, by name and by section', async () => {
    expect(checkByName(name)).toBe(def);
    expect(checkByName(def.section)).toBe(def);
    for (const command of [name, def.section]) {
      const help = await runCli([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.out).toContain(`launchgate ${name} — ${def.description}`);
      for (const input of Object.keys(def.inputs)) expect(help.out).toContain(`--${input}`);
    }
    expect((await runCli(['--help'])).out).toContain(`${name} (${def.section})`);
  });

  test('the HTML report has a card for its report', () => {
    const report = buildReport(name, { findings: [], metrics: {} }, 'error', 5);
    const html = renderHtmlReport([report], { title: 't', generated: new Date(0) });
    expect(html).toMatch(new RegExp(`class="card[^"]*"[^>]*id="${name}"|id="${name}"[^>]*class="card`));
  });

  test('the top-level action lists it', () => {
    expect(MAIN_INPUTS.checks.description).toContain(def.section);
    expect(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')).toContain(shortTitle(def));
  });

  test("init's starter section, when it has one, is valid input for the gate", () => {
    const section = def.starter?.({ cwd: ROOT, scripts: { start: 'node server.js' } });
    if (!section) return;
    expect(() =>
      prepareCheck(def, section.values, (n) => `starter ${def.section}.${n}`, new SecretRegistry()),
    ).not.toThrow();
  });
});

describe('a sixth gate is one entry', () => {
  const sixth = fakeCheck('sixth-gate', async () => ({ findings: [], metrics: {} }), {
    section: 'sixth',
    inputs: { target: text('What to check.', 'here') },
  }) as CheckDefinition<any>;
  afterEach(() => {
    CHECKS.splice(CHECKS.indexOf(sixth), 1);
  });

  test('added to the registry, it gets its action.yml, README section, config section, CLI command and card', async () => {
    CHECKS.push(sixth);
    expect(GENERATED().find((g) => g.file === 'actions/sixth-gate/action.yml')?.text).toContain(
      'main: ../../dist/sixth-gate/index.js',
    );
    const readme = syncReadme(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    expect(readme).toMatch(
      /## launchgate sixth-gate\n\nThe sixth-gate gate of a test.\n\n<!-- table:sixth-gate -->\n\| Input/,
    );
    expect(readme.indexOf('## launchgate sixth-gate')).toBeLessThan(readme.indexOf('## All gates in one step'));
    expect(readConfig(parseYaml('launchgate.yml', 'sixth:\n  target: there\n'), CHECKS, ROOT).sections[0].check).toBe(
      sixth,
    );
    expect((await runCli(['sixth', '--help'])).out).toContain('--target');
    const run = await runCli(['sixth-gate', '--target', 'x', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ check: 'sixth-gate', result: 'pass' });
    const card = renderHtmlReport([buildReport('sixth-gate', { findings: [], metrics: {} }, 'error', 1)], {
      title: 't',
      generated: new Date(0),
    });
    expect(card).toContain('id="sixth-gate"');
  });
});
