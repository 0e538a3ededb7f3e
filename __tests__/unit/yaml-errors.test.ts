import { expect, test } from '@jest/globals';
import { z } from 'zod';
import { parseYaml, validateYaml } from '../../src/core/yaml-file.js';
import { readRoutes } from '../../src/checks/latency-budget/routes-file.js';
import { readFlowFile } from '../../src/checks/smoke-test/flow-file.js';

const schema = z
  .object({ routes: z.array(z.object({ name: z.string(), 'budget-p95-ms': z.number().int().positive() }).strict()) })
  .strict();
const check = (text: string) => () => validateYaml(parseYaml('latency.yml', text), schema);
const errorOf = (f: () => unknown): string => {
  try {
    f();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('no error');
};

test('a bad value in a config file is echoed beside what is accepted, on its line', () => {
  expect(check('routes:\n  - name: home\n    budget-p95-ms: abc\n')).toThrow(
    /^latency\.yml:3: routes\.0\.budget-p95-ms: got "abc"; accepted: a whole number above 0$/,
  );
  expect(check('routes:\n  - name: home\n    budget-p95-ms: -5\n')).toThrow(/got "-5"; accepted: a whole number/);
});

test('the echo masks credential shapes; a missing value is required, an object is "a mapping"', () => {
  expect(check('routes:\n  - name: home\n    budget-p95-ms: "Bearer s3cr3t-t0ken-value"\n')).toThrow(
    /got "Bearer \*\*\*"; accepted/,
  );
  expect(check('routes:\n  - budget-p95-ms: 5\n')).toThrow(
    /^latency\.yml:2: routes\.0\.name: is required; accepted: text$/,
  );
  expect(check('routes:\n  - name: home\n    budget-p95-ms: { a: 1 }\n')).toThrow(/got a mapping; accepted/);
  expect(check('routes:\n  - name: home\n    budget-p95-ms: 5\n    url: /\n')).toThrow(
    /^latency\.yml:4: routes\.0: unknown key 'url'; accepted keys: name, budget-p95-ms$/,
  );
});

test('routes file: every problem at once, in line order, with did-you-mean for keys and options', () => {
  const message = errorOf(() =>
    readRoutes(
      parseYaml(
        'latency.yml',
        'routes:\n  - name: home\n    methd: GET\n    path: /\n    budget-p95-ms: abc\n  - name: x\n    method: get\n    path: /\n    status: 99\n',
      ),
      false,
    ),
  );
  expect(message.split('\n')).toEqual([
    "latency.yml:3: routes.0: unknown key 'methd' (did you mean 'method'?); accepted keys: name, method, path, headers, json, body, budget-p95-ms, status, setup",
    'latency.yml:5: routes.0.budget-p95-ms: got "abc"; accepted: a number above 0',
    `latency.yml:7: routes.1.method: got "get" (did you mean 'GET'?); accepted: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS`,
    'latency.yml:9: routes.1.status: got "99"; accepted: a whole number from 100 to 599, or a list (each item a whole number from 100 to 599)',
  ]);
  expect(message).not.toMatch(/Invalid input|expected number|received/);
});

test('flows file: a misspelt required key is one error, not also "is required"; refinements keep their words', () => {
  const message = errorOf(() =>
    readFlowFile(
      parseYaml(
        'smoke.yml',
        'flows:\n  - name: a\n    steps:\n      - name: s\n        request: { method: GETT, url: / }\n  - name: b\n    steps: []\n  - nme: c\n    steps:\n      - name: t\n        replay: s\n        request: { url: / }\n',
      ),
    ),
  );
  expect(message.split('\n')).toEqual([
    'smoke.yml:5: flows.0.steps.0.request.method: got "GETT" (did you mean \'GET\'?); accepted: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
    'smoke.yml:7: flows.1.steps: got an empty list; accepted: a list of at least 1 item(s)',
    "smoke.yml:8: flows.2: unknown key 'nme' (did you mean 'name'?); accepted keys: name, max-duration-ms, steps",
    'smoke.yml:10: flows.2.steps.0: give request or replay (one of them)',
  ]);
});

test('a custom message in a schema is kept; a hostile file cannot make a huge error', () => {
  const limit = z.object({ limit: z.union([z.string(), z.number()], { error: 'required: a size such as 10 kB' }) });
  expect(() => validateYaml(parseYaml('b.yml', 'other: 1\n'), limit)).toThrow(
    /^b\.yml:1: limit: required: a size such as 10 kB$/,
  );
  const keys = Array.from({ length: 50 }, (_, i) => `${'k'.repeat(1000)}${i}: 1`).join('\n');
  const message = errorOf(() => validateYaml(parseYaml('h.yml', `${keys}\n`), z.object({ a: z.number() }).strict()));
  expect(message.length).toBeLessThan(2000);
  expect(message).toContain('and 40 more');
  const many = Array.from({ length: 30 }, (_, i) => `  - name: r${i}\n    budget-p95-ms: x`).join('\n');
  const lines = errorOf(check(`routes:\n${many}\n`)).split('\n');
  expect(lines).toHaveLength(11);
  expect(lines[10]).toBe('latency.yml: 20 more problem(s) after these.');
});

test('a recursive schema still gives a finite message', () => {
  type Tree = { name: string; children?: Tree[] };
  const tree: z.ZodType<Tree> = z.lazy(() =>
    z.object({ name: z.string(), children: z.array(tree).optional() }).strict(),
  );
  expect(() => validateYaml(parseYaml('t.yml', 'name: a\nchildren:\n  - name: b\n    children: 5\n'), tree)).toThrow(
    /^t\.yml:4: children\.0\.children: got "5"; accepted: a list of mappings \(keys: name, children\)$/,
  );
});
