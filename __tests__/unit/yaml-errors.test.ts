import { expect, test } from '@jest/globals';
import { z } from 'zod';
import { parseYaml, validateYaml } from '../../src/core/yaml-file.js';

const schema = z
  .object({ routes: z.array(z.object({ name: z.string(), 'budget-p95-ms': z.number().int().positive() }).strict()) })
  .strict();
const check = (text: string) => () => validateYaml(parseYaml('latency.yml', text), schema);

test('a bad value in a config file is echoed beside what was expected, on its line', () => {
  expect(check('routes:\n  - name: home\n    budget-p95-ms: abc\n')).toThrow(
    /^latency\.yml:3: routes\.0\.budget-p95-ms: .*expected number.* \(got "abc"\)$/,
  );
  expect(check('routes:\n  - name: home\n    budget-p95-ms: -5\n')).toThrow(/\(got "-5"\)$/);
});

test('the echo masks credential shapes and says nothing for a missing value, an object or an unknown key', () => {
  expect(check('routes:\n  - name: home\n    budget-p95-ms: "Bearer s3cr3t-t0ken-value"\n')).toThrow(
    /\(got "Bearer \*\*\*"\)$/,
  );
  expect(check('routes:\n  - name: home\n')).not.toThrow(/got/);
  expect(check('routes:\n  - name: home\n    budget-p95-ms: { a: 1 }\n')).not.toThrow(/got/);
  expect(check('routes:\n  - name: home\n    budget-p95-ms: 5\n    url: /\n')).toThrow(/unknown key\(s\) 'url'$/);
});
