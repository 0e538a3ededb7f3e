import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { GENERATED, syncReadme } from '../../scripts/docs.js';
import { CHECKS } from '../../src/checks/registry.js';
import { COMMON_INPUTS } from '../../src/core/inputs.js';
import { ROOT } from '../helpers/run-action.js';

// The files as committed against a fresh render of the specs: `npm test` builds with --bundles-only, so the build
// does not rewrite them first (which made this test unable to fail).
describe('action.yml files and README tables match the check specs', () => {
  test.each(GENERATED().map((g) => [g.file, g.text]))('%s is up to date', (file, text) => {
    expect(readFileSync(path.join(ROOT, file), 'utf8')).toBe(text);
  });

  test('README tables are up to date', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(syncReadme(readme)).toBe(readme);
  });

  test.each(CHECKS.map((c) => [c.name, c]))(
    '%s: every input has a description and a default key, runs on node24 from dist',
    (name, check) => {
      const yml = parse(readFileSync(path.join(ROOT, 'actions', name as string, 'action.yml'), 'utf8'));
      expect(yml.runs).toEqual({ using: 'node24', main: `../../dist/${name}/index.js` });
      expect(Object.keys(yml.inputs).sort()).toEqual(
        Object.keys({ ...(check as any).inputs, ...COMMON_INPUTS }).sort(),
      );
      for (const input of Object.values<any>(yml.inputs)) {
        expect(input.description.length).toBeGreaterThan(10);
        expect(input).toHaveProperty('default');
      }
      expect(yml.outputs).toHaveProperty('result');
      expect(yml.branding.icon).toBeTruthy();
    },
  );
});
