import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { checkHost, parseSpf } from '../../src/checks/dns-check/spf.js';
import { loadRfc7208 } from '../helpers/rfc7208.js';
import { ROOT } from '../helpers/run-action.js';

/** Vendored with its licence (see __tests__/fixtures/rfc7208/README.md), so the suite runs wherever the tests do. */
const SUITE = path.join(ROOT, '__tests__', 'fixtures', 'rfc7208', 'rfc7208-tests.yml');

describe('SPF parsing', () => {
  test('terms and the position of an error', () => {
    expect(parseSpf('v=spf1 ip4:192.0.2.0/24 include:_spf.example.com ~all').terms.map((t) => t.name)).toEqual([
      'ip4',
      'include',
      'all',
    ]);
    expect(parseSpf('v=spf1 ip4:192.0.2.0/24 inclde:x.example.com -all').error).toEqual({
      position: 25,
      message: "unknown term 'inclde:x.example.com'",
    });
    expect(parseSpf('v=spf1 ip4:300.1.1.1 -all').error?.message).toBe("invalid ip4 network 'ip4:300.1.1.1'");
  });
});

describe('RFC 7208 test suite (check_host)', () => {
  test('the pass rate of the suite, printed, at least 95 %', async () => {
    const cases = loadRfc7208(SUITE);
    const failures: string[] = [];
    for (const c of cases) {
      const domain = c.mailfrom.includes('@')
        ? c.mailfrom.slice(c.mailfrom.lastIndexOf('@') + 1)
        : c.mailfrom || c.helo;
      const { result } = await checkHost(c.host, domain, c.mailfrom, c.helo, c.lookup);
      if (!c.result.includes(result))
        failures.push(`${c.scenario} / ${c.name}: expected ${c.result.join('|')}, got ${result}`);
    }
    const passed = cases.length - failures.length;
    console.log(
      `RFC 7208 test suite: ${passed}/${cases.length} passed (${((passed / cases.length) * 100).toFixed(1)} %)\n${failures.join('\n')}`,
    );
    expect(cases.length).toBeGreaterThan(200);
    expect(passed / cases.length).toBeGreaterThanOrEqual(0.95);
  });
});
