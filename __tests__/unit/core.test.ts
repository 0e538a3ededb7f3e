import { describe, expect, test } from '@jest/globals';
import { COMMON_INPUTS, bool, choice, closest, integer, list, parseInputs, percent } from '../../src/core/inputs.js';
import { SecretRegistry, redactMatch } from '../../src/core/secrets.js';
import { buildReport, verdict, type Finding } from '../../src/core/finding.js';
import { selectAnnotations } from '../../src/core/annotations.js';
import { reportMarkdown, truncateForSummary } from '../../src/core/markdown.js';
import { UserError } from '../../src/core/errors.js';
import { parseYaml, validateYaml } from '../../src/core/yaml-file.js';
import { readConfig } from '../../src/core/config.js';
import { CHECKS } from '../../src/checks/registry.js';
import { toSarif } from '../../src/core/sarif.js';
import { z } from 'zod';

const where = (n: string) => `Input '${n}'`;

describe('inputs', () => {
  const specs = {
    mode: choice('m', 'auto', ['auto', 'diff'] as const),
    count: integer('c', '3', 1, 10),
    flag: bool('f', 'false'),
    items: list('i', 'a,b', 'comma'),
    margin: percent('p', '20%'),
  };

  test('defaults apply when a value is missing or blank', () => {
    expect(parseInputs(specs, { mode: '  ' }, where)).toEqual({
      mode: 'auto',
      count: 3,
      flag: false,
      items: ['a', 'b'],
      margin: 0.2,
    });
  });

  test('strings and YAML scalars are both accepted', () => {
    expect(parseInputs(specs, { mode: 'diff', count: 7, flag: true, items: ['x'], margin: '5%' }, where)).toEqual({
      mode: 'diff',
      count: 7,
      flag: true,
      items: ['x'],
      margin: 0.05,
    });
    expect(parseInputs(specs, { count: '10', flag: 'TRUE', items: 'x, y\nz' }, where)).toMatchObject({
      count: 10,
      flag: true,
      items: ['x', 'y', 'z'],
    });
  });

  test('a bad value names the input, the value and what is accepted', () => {
    expect(() => parseInputs(specs, { mode: 'bogus' }, where)).toThrow(
      new UserError(`Input 'mode' got "bogus"; accepted: auto, diff.`),
    );
    expect(() => parseInputs(specs, { count: '11' }, where)).toThrow(
      /Input 'count' got "11"; accepted: a whole number from 1 to 10/,
    );
    expect(() => parseInputs(specs, { count: '2.5' }, where)).toThrow(/Input 'count'/);
    expect(() => parseInputs(specs, { flag: 'yes' }, where)).toThrow(/accepted: true or false/);
    expect(() => parseInputs(specs, { margin: 'lots' }, where)).toThrow(/Input 'margin' got "lots"/);
  });

  test('required inputs and secret inputs', () => {
    expect(() =>
      parseInputs({ domain: { ...choice('The domain', 'a', ['a'] as const), required: true, default: '' } }, {}, where),
    ).toThrow(/Input 'domain' is required/);
    const secretSpec = { token: { ...integer('t', '1', 1, 2), secret: true } };
    expect(() => parseInputs(secretSpec, { token: 'hunter22' }, where)).toThrow(/\(a secret value\)/);
    expect(() => parseInputs(secretSpec, { token: 'hunter22' }, where)).not.toThrow(/hunter22/);
  });

  test('the github.token expression default is not taken literally', () => {
    expect(parseInputs(COMMON_INPUTS, {}, where)['github-token']).toBe('');
  });

  test('did-you-mean', () => {
    expect(closest('fail-onn', Object.keys(COMMON_INPUTS))).toBe('fail-on');
    expect(closest('zzzzzz', ['mode', 'base'])).toBeUndefined();
  });
});

describe('secrets', () => {
  test('registered values and their encodings are redacted, longest first', () => {
    const s = new SecretRegistry();
    const seen: string[] = [];
    s.onAdd((v) => seen.push(v));
    s.add('p@ss word!');
    s.add('abc');
    expect(s.redact('a p@ss word! b p%40ss%20word! abc')).toBe('a *** b *** abc');
    expect(seen).toContain('p@ss word!');
    expect(seen).toContain('p%40ss%20word!');
    expect(s.redactDeep({ a: ['x p@ss word!'], n: 1 })).toEqual({ a: ['x ***'], n: 1 });
  });
  test('redactMatch keeps only the ends', () => {
    expect(redactMatch('AKIAIOSFODNN7EXAMPLE')).toBe('AKIA…MPLE');
    expect(redactMatch('short')).toBe('*****');
  });
});

const f = (severity: Finding['severity'], n = 0): Finding => ({
  ruleId: `r${n}`,
  severity,
  title: 't',
  message: 'm',
  file: 'a.ts',
  line: n,
});

describe('verdict and annotations', () => {
  test('fail-on thresholds', () => {
    expect(verdict([f('warning')], 'error')).toBe('pass');
    expect(verdict([f('warning')], 'warning')).toBe('fail');
    expect(verdict([f('error')], 'error')).toBe('fail');
    expect(verdict([f('error')], 'never')).toBe('pass');
    expect(verdict([f('notice')], 'warning')).toBe('pass');
  });

  test('at most 10 per level are annotated, most severe first, and the rest counted', () => {
    const findings = buildReport(
      'x',
      {
        findings: [
          ...Array.from({ length: 15 }, (_, i) => f('warning', i)),
          ...Array.from({ length: 12 }, (_, i) => f('error', i)),
        ],
        metrics: {},
      },
      'error',
      1,
    ).findings;
    expect(findings[0].severity).toBe('error');
    const { annotate, left } = selectAnnotations(findings);
    expect(annotate.filter((a) => a.severity === 'error')).toHaveLength(10);
    expect(annotate.filter((a) => a.severity === 'warning')).toHaveLength(10);
    expect(left).toBe(7);
    const md = reportMarkdown(buildReport('x', { findings, metrics: {} }, 'error', 1), { notAnnotated: left });
    expect(md).toContain('7 finding(s) were not annotated');
    expect(md.match(/^\| ❌ error/gm)).toHaveLength(12);
  });

  test('the summary is cut to the limit with a note, at a line boundary', () => {
    const long = Array.from({ length: 5000 }, (_, i) => `| row ${i} | ${'x'.repeat(300)} |`).join('\n');
    const cut = truncateForSummary(long);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(1024 * 1024);
    expect(cut).toContain('cut to fit');
    expect(truncateForSummary('small')).toBe('small');
  });

  test('SARIF carries the fingerprint in partialFingerprints', () => {
    const report = buildReport(
      'secret-scan',
      { findings: [{ ...f('error', 3), fingerprint: 'abc:a.ts:r3:3' }], metrics: {} },
      'error',
      1,
    );
    const sarif = toSarif([report]) as any;
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0].partialFingerprints['launchgate/v1']).toBe('abc:a.ts:r3:3');
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(3);
  });
});

describe('YAML files and launchgate.yml', () => {
  test('a zod error names the file, the line and the key', () => {
    const src = parseYaml('flows.yml', 'flows:\n  - name: a\n    steps: 3\n');
    expect(() =>
      validateYaml(src, z.object({ flows: z.array(z.object({ name: z.string(), steps: z.array(z.string()) })) })),
    ).toThrow(/^flows.yml:3: flows.0.steps: /);
  });
  test('unknown keys in strict objects point at the key line', () => {
    const src = parseYaml('f.yml', 'a: 1\nb: 2\nzz: 3\n');
    expect(() => validateYaml(src, z.object({ a: z.number(), b: z.number() }).strict())).toThrow(
      /^f.yml:3: \(top level\): unknown key\(s\) 'zz'/,
    );
  });
  test('malformed YAML is one error with its line', () => {
    expect(() => parseYaml('x.yml', 'a: 1\nb: [1, 2\nc: 3\n')).toThrow(/^x.yml:\d+: invalid YAML/);
  });
  test('config: unknown section and key with a suggestion, values carry their line', () => {
    expect(() => readConfig(parseYaml('launchgate.yml', 'smok:\n  base-url: x\n'), CHECKS, '/')).toThrow(
      /launchgate.yml:1: unknown section 'smok' \(did you mean 'smoke'\?\)/,
    );
    expect(() =>
      readConfig(parseYaml('launchgate.yml', 'smoke:\n  base-url: x\n  timout-ms: 5\n'), CHECKS, '/'),
    ).toThrow(/launchgate.yml:3: unknown key 'smoke.timout-ms' \(did you mean 'timeout-ms'\?\)/);
    const config = readConfig(
      parseYaml('launchgate.yml', 'secrets:\n  mode: tree\nsmoke:\n  base-url: http://x\n  retries: 1\n'),
      CHECKS,
      '/',
    );
    expect(config.sections.map((s) => s.check.name)).toEqual(['secret-scan', 'smoke-test']);
    expect(config.sections[1].where('retries')).toBe('launchgate.yml:5 smoke.retries');
  });
});
