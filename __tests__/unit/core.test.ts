import { describe, expect, test } from '@jest/globals';
import {
  COMMON_INPUTS,
  bool,
  choice,
  closest,
  integer,
  list,
  parseInputs,
  percent,
  text,
} from '../../src/core/inputs.js';
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
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { executeCheck } from '../../src/core/execute.js';
import { runConfig } from '../../src/core/run-config.js';
import { secretScan } from '../../src/checks/secret-scan/index.js';
import { fakeCheck, fakeServices, recordingLogger } from '../helpers/fake-context.js';

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
    expect(redactMatch('short')).toBe('********');
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
      /^f.yml:3: \(top level\): unknown key 'zz'; accepted keys: a, b$/,
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

describe('config errors all at once; a gate failing at run time does not discard the others', () => {
  const cfg = (yaml: string) => readConfig(parseYaml('launchgate.yml', yaml), CHECKS, os.tmpdir());
  const opts = (secrets = new SecretRegistry()) => ({
    env: {},
    event: { name: 'local', payload: {} },
    secrets,
    inActions: false,
    services: fakeServices(),
    onLog: () => {},
  });

  test('every unknown section and key is reported, each with its line', () => {
    expect(() => cfg('smok:\n  base-url: x\ndns:\n  domian: a\n  fail-onn: x\n')).toThrow(UserError);
    try {
      cfg('smok:\n  base-url: x\ndns:\n  domian: a\n  fail-onn: x\n');
    } catch (err) {
      const lines = (err as Error).message.split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/^launchgate.yml:1: unknown section 'smok'/);
      expect(lines[1]).toMatch(/^launchgate.yml:4: unknown key 'dns.domian' \(did you mean 'domain'\?\)/);
      expect(lines[2]).toMatch(/^launchgate.yml:5: unknown key 'dns.fail-onn' \(did you mean 'fail-on'\?\)/);
    }
  });

  test('bad values in several sections are all reported before any gate runs', async () => {
    const ran: string[] = [];
    const gate = (name: string, section: string) =>
      fakeCheck(
        name,
        async () => {
          ran.push(name);
          return { findings: [], metrics: {} };
        },
        { section, inputs: { count: integer('How many.', '1', 1, 5), target: { ...text('Where.'), required: true } } },
      );
    const checks = [gate('one-gate', 'one'), gate('two-gate', 'two')];
    const config = readConfig(
      parseYaml('launchgate.yml', 'one:\n  count: 9\n  target: a\ntwo:\n  fail-on: sometimes\n'),
      checks,
      os.tmpdir(),
    );
    const err = await runConfig(config, opts()).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message.split('\n')).toEqual([
      'launchgate.yml:2 one.count got "9"; accepted: a whole number from 1 to 5.',
      'launchgate.yml:5 two.fail-on got "sometimes"; accepted: error, warning, never.',
      'launchgate.yml:5 two.target is required: Where.',
    ]);
    expect(ran).toEqual([]);
  });

  test('unknown sections and keys and bad values come in one run, in line order (readConfig deferErrors)', async () => {
    const yaml =
      'smoke:\n  base-url: not a url\n  flowz: x.yml\nlatency:\n  budget-p95-ms: abc\n  routes: r.yml\nbogus:\n  a: 1\n';
    // Without deferErrors readConfig throws the unknown names alone (what `launchgate map` wants).
    expect(() => cfg(yaml)).toThrow(/unknown key 'smoke.flowz'/);
    const config = readConfig(parseYaml('launchgate.yml', yaml), CHECKS, os.tmpdir(), { deferErrors: true });
    expect(config.problems).toHaveLength(2);
    const err = await runConfig(config, opts()).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    const lines = err.message.split('\n');
    expect(lines[0]).toBe('launchgate.yml:2 smoke.base-url got "not a url"; accepted: an http:// or https:// URL.');
    expect(lines[1]).toMatch(/^launchgate.yml:3: unknown key 'smoke.flowz' \(did you mean 'flows'\?\)/);
    expect(lines[2]).toBe(
      'launchgate.yml:5 latency.budget-p95-ms got "abc"; accepted: a whole number from 1 to 600000.',
    );
    expect(lines[3]).toMatch(/^launchgate.yml:7: unknown section 'bogus'/);
    expect(lines).toHaveLength(4);
  });

  test('an empty section names its own line in errors', async () => {
    const checks = [
      fakeCheck('needs', async () => ({ findings: [], metrics: {} }), {
        section: 'needs',
        inputs: { target: { ...text('Where.'), required: true } },
      }),
    ];
    const config = readConfig(parseYaml('launchgate.yml', '# comment\nneeds:\n'), checks, os.tmpdir());
    const err = await runConfig(config, opts()).catch((e) => e);
    expect(err.message).toBe('launchgate.yml:2 needs.target is required: Where.');
  });

  test("a gate's run-time UserError is its own error finding; the other gates keep their findings", async () => {
    const secrets = new SecretRegistry();
    const found = fakeCheck('finder', async () => ({
      findings: [{ ruleId: 'key', severity: 'error' as const, title: 'Key', message: 'a key in a.env' }],
      metrics: {},
    }));
    const broken = fakeCheck(
      'broken',
      async (inputs) => {
        throw new UserError(`Cannot read ${inputs.flows}: no such file`);
      },
      { inputs: { flows: text('Flows file.', 'missing.yml') } },
    );
    const config = readConfig(parseYaml('launchgate.yml', 'finder:\nbroken:\n'), [found, broken], os.tmpdir());
    const done = await runConfig(config, opts(secrets));
    expect(done.map((d) => [d.report.check, d.report.result])).toEqual([
      ['finder', 'fail'],
      ['broken', 'fail'],
    ]);
    expect(done[0].report.findings.map((x) => x.ruleId)).toEqual(['key']);
    expect(done[1].report.findings).toEqual([
      expect.objectContaining({ ruleId: 'could-not-check', message: 'Cannot read missing.yml: no such file' }),
    ]);
  });
});

describe('executeCheck fails closed, in-process', () => {
  const host = (raw: Record<string, unknown> = {}) => ({
    raw,
    where: (n: string) => `Input '${n}'`,
    baseDir: os.tmpdir(),
    env: {},
    event: { name: 'local', payload: {} },
    log: recordingLogger(),
    secrets: new SecretRegistry(),
    inActions: false,
    services: fakeServices(),
  });
  const throwing = (err: unknown) =>
    fakeCheck('thrower', async (_inputs, ctx) => {
      ctx.secrets.add('hunter2-secret-value');
      throw err;
    });

  test('a crash is a could-not-check error that fails the gate, redacted, whatever the gate had found', async () => {
    const h = host({ 'fail-on': 'error' });
    const done = await executeCheck(throwing(new TypeError('x is undefined near hunter2-secret-value')), h);
    expect(done.report.result).toBe('fail');
    expect(done.report.counts.errors).toBe(1);
    expect(done.report.findings[0]).toMatchObject({ ruleId: 'could-not-check', message: 'x is undefined near ***' });
    expect(h.log.lines.some((l) => l.startsWith('debug: TypeError'))).toBe(true);
  });

  test('a thrown non-Error is still a could-not-check finding', async () => {
    const done = await executeCheck(throwing('a string'), host());
    expect(done.report.findings[0]).toMatchObject({ ruleId: 'could-not-check', message: 'a string' });
  });

  test("a UserError from a single gate's run is the host's to print (exit 1 or 2), not a finding", async () => {
    await expect(executeCheck(throwing(new UserError('bad flows')), host())).rejects.toThrow('bad flows');
  });

  test('each run gets a private temporary directory of its own, removed after the run', async () => {
    const seen: { dir: string; mode: number }[] = [];
    const check = fakeCheck('temp-user', async (_inputs, ctx) => {
      seen.push({ dir: ctx.tempDir, mode: statSync(ctx.tempDir).mode & 0o777 });
      return { findings: [], metrics: {} };
    });
    await executeCheck(check, host());
    await executeCheck(check, host());
    expect(seen[0].dir).not.toBe(seen[1].dir);
    expect(seen.map((s) => s.mode)).toEqual([0o700, 0o700]);
    expect(existsSync(seen[0].dir)).toBe(false);
  });

  test('a real gate runs in-process with the fake host: the secret scan finds a key in a tree', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-inproc-'));
    writeFileSync(path.join(dir, 'app.env'), 'AWS_ACCESS_KEY_ID=AKIAQ3EGRZQKTS4LEJXB\n');
    const done = await executeCheck(secretScan, {
      ...host({ mode: 'tree', sarif: path.join(dir, 'out', 'scan.sarif') }),
      baseDir: dir,
    });
    expect(done.report.result).toBe('fail');
    expect(done.report.findings.map((x) => x.file)).toContain('app.env');
    expect(JSON.stringify(done.report)).not.toContain('AKIAQ3EGRZQKTS4LEJXB');
  });
});
