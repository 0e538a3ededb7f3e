import { describe, expect, test } from '@jest/globals';
import { defaultRuleSet, LAUNCHGATE_RULE_CASES, ruleSpecificity } from '../../src/checks/secret-scan/rules.js';
import { Scanner } from '../../src/checks/secret-scan/scanner.js';

const scanner = new Scanner(defaultRuleSet());
const rulesHit = (text: string) =>
  scanner
    .scan({ file: 'config/app.env', text })
    .filter((h) => !h.suppressed)
    .map((h) => h.ruleId);

// A JWT with a real-looking header and payload (gitleaks' jwt rule test), not a live token.
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('one secret, one finding, under the most specific rule', () => {
  test('a provider format beats a context rule, which beats a generic rule', () => {
    expect(ruleSpecificity('jwt')).toBe(0);
    expect(ruleSpecificity('curl-auth-header')).toBe(1);
    expect(ruleSpecificity('url-credentials')).toBe(1);
    expect(ruleSpecificity('generic-api-key')).toBe(2);
  });

  // gitleaks' jwt rule test (cmd/generate/config/rules/jwt.go): curl-auth-header matches the same span, and was
  // reported instead (the earlier rule of two equally ranked ones), hiding the token's own rule.
  test('a JWT passed to curl is reported as a JWT', () => {
    expect(rulesHit(`curl -H "Authorization: Bearer ${JWT}" https://api.example.org/v1/me`)).toEqual(['jwt']);
  });

  test('a token curl passes that no provider rule knows is still found, by curl-auth-header', () => {
    expect(rulesHit('curl -H "Authorization: Bearer Zq7rT2mW9xLp4Kd8Hn4k2Lq9" https://api.internal/v1')).toEqual([
      'curl-auth-header',
    ]);
  });
});

describe("launchgate's own rules, with the cases beside them", () => {
  for (const { id, finds, ignores } of LAUNCHGATE_RULE_CASES) {
    test.each(finds)(`${id} finds %s`, (text) => expect(rulesHit(text)).toContain(id));
    test.each(ignores)(`${id} ignores %s`, (text) => expect(rulesHit(text)).not.toContain(id));
  }
});
