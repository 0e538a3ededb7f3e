import { describe, expect, test } from '@jest/globals';
import { judgeRegression } from '../../src/checks/latency-budget/regression.js';
import { chart } from '../../src/checks/latency-budget/index.js';
import { newHistogram, percentiles } from '../../src/checks/latency-budget/measure.js';
import { isInlineYaml, parseInlineRoutes } from '../../src/checks/latency-budget/routes-file.js';

describe('the regression rule', () => {
  test('within the margin is not a regression', () => {
    expect(judgeRegression({ baselineP95: 100, p95: 115, rounds: [114, 115, 116], margin: 0.2 })).toMatchObject({
      regressed: false,
      reason: 'within the 20 % margin',
    });
  });
  test('beyond the margin but within the rounds’ own noise is not a regression', () => {
    const v = judgeRegression({ baselineP95: 100, p95: 130, rounds: [95, 130, 140], margin: 0.2 });
    expect(v.regressed).toBe(false);
    expect(v.reason).toMatch(/within the rounds' noise \(45\.0 ms spread\)/);
  });
  test('the baseline’s own noise counts too', () => {
    expect(
      judgeRegression({ baselineP95: 100, baselineRounds: [70, 140], p95: 130, rounds: [129, 130, 131], margin: 0.2 })
        .regressed,
    ).toBe(false);
  });
  test('beyond both is a regression, with the change in per cent', () => {
    const v = judgeRegression({
      baselineP95: 100,
      baselineRounds: [99, 101],
      p95: 150,
      rounds: [148, 150, 152],
      margin: 0.2,
    });
    expect(v).toMatchObject({ regressed: true, changePct: 50 });
  });
});

describe('measurement helpers', () => {
  test('percentiles come from every recorded value, exactly (microseconds in, milliseconds out)', () => {
    const h = newHistogram();
    for (let i = 1; i <= 1000; i++) h.recordValue(i * 1000);
    const p = percentiles(h);
    expect(p.p50).toBeCloseTo(500, 0);
    expect(p.p95).toBeCloseTo(950, 0);
    expect(p.p99).toBeCloseTo(990, 0);
    expect(p.max).toBeCloseTo(1000, 0);
  });
  test('routes can be inline YAML; the chart is a Mermaid xychart with the budgets as a line', () => {
    expect(isInlineYaml('.github/latency.yml')).toBe(false);
    expect(parseInlineRoutes('routes:\n  - name: a\n    path: /\n').routes[0]).toMatchObject({
      name: 'a',
      method: 'GET',
    });
    expect(() => parseInlineRoutes('routes:\n  - name: a\n    path: /\n  - name: a\n    path: /b\n')).toThrow(
      /route name 'a' is used twice/,
    );
    const md = chart([{ name: 'a', p95: 12, budget: 300 } as any, { name: 'b "x"', p95: 400, budget: 300 } as any]);
    expect(md).toContain(`x-axis ["a", "b 'x'"]`);
    expect(md).toContain('bar [12, 400]');
    expect(md).toContain('line [300, 300]');
  });
});

describe('load against a shared server', () => {
  test('an empty rate is unlimited on this machine and bounded elsewhere; unlimited and numbers win', async () => {
    const { loadRate, DEFAULT_REMOTE_RATE } = await import('../../src/checks/latency-budget/index.js');
    expect(loadRate(undefined, '127.0.0.1')).toBeUndefined();
    expect(loadRate(undefined, 'localhost')).toBeUndefined();
    expect(loadRate(undefined, 'staging.example.com')).toBe(DEFAULT_REMOTE_RATE);
    expect(loadRate('unlimited', 'staging.example.com')).toBeUndefined();
    expect(loadRate(200, 'staging.example.com')).toBe(200);
    expect(loadRate(5, '127.0.0.1')).toBe(5);
  });
  test('a 3xx is not a success unless the route expects it', async () => {
    const { statusExpected } = await import('../../src/checks/latency-budget/measure.js');
    expect(statusExpected(200, undefined)).toBe(true);
    expect(statusExpected(204, undefined)).toBe(true);
    expect(statusExpected(302, undefined)).toBe(false);
    expect(statusExpected(302, [301, 302])).toBe(true);
    expect(statusExpected(200, [201])).toBe(false);
  });
});
