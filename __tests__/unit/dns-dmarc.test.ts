import { describe, expect, test } from '@jest/globals';
import { checkDmarc, isDmarcRecord, sameOrganization } from '../../src/checks/dns-check/dmarc.js';

/** `severity rule` of each problem, and the errors' messages, of one record checked for example.com. */
const check = (record: string, minPolicy = 'none') => {
  const info = checkDmarc(record, 'example.com', minPolicy);
  return {
    ...info,
    rules: info.problems.map((p) => `${p.severity} ${p.rule}`),
    errors: info.problems.filter((p) => p.severity === 'error').map((p) => p.message),
  };
};

describe('DMARC records of RFC 7489 appendix B and RFC 9989', () => {
  test.each([
    ['v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com', 'none'],
    ['v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com; ruf=mailto:auth-reports@thirdparty.example.net', 'none'],
    [
      'v=DMARC1; p=quarantine; rua=mailto:dmarc-feedback@example.com,mailto:tld-test@thirdparty.example.net!10m',
      'quarantine',
    ],
    ['v=DMARC1; p=reject; sp=quarantine; np=reject; adkim=s; aspf=r; fo=0:1:d:s; rua=mailto:d@example.com', 'reject'],
    ['v=DMARC1; p=reject; psd=y; t=n; rua=mailto:d@example.com', 'reject'],
    ['v=DMARC1; p=quarantine; t=y; psd=u; rua=mailto:d@example.com', 'quarantine'],
  ])('%s is valid with policy %s', (record, policy) => {
    expect(isDmarcRecord(record)).toBe(true);
    const r = check(record);
    expect(r.errors).toEqual([]);
    expect(r.policy).toBe(policy);
  });

  test('reports to another organization are listed for the authorization lookup (RFC 7489 7.1)', () => {
    expect(
      check('v=DMARC1; p=none; rua=mailto:a@example.com,mailto:tld-test@thirdparty.example.net!10m')
        .externalReportDomains,
    ).toEqual(['thirdparty.example.net']);
    expect(check('v=DMARC1; p=none; rua=mailto:a@reports.example.com').externalReportDomains).toEqual([]);
    expect(sameOrganization('reports.example.co.uk', 'example.co.uk')).toBe(true);
    expect(sameOrganization('dmarc.other.co.uk', 'example.co.uk')).toBe(false);
    expect(sameOrganization('tenant.github.io', 'example.github.io')).toBe(false);
  });
});

describe('DMARC grammar', () => {
  test('whitespace around = and ; is allowed', () => {
    const record = 'v = DMARC1 ;  p = reject ; rua = mailto:d@example.com ; ';
    expect(isDmarcRecord(record)).toBe(true);
    expect(check(record)).toMatchObject({ errors: [], policy: 'reject' });
    expect(isDmarcRecord('v=DMARC1')).toBe(true);
    expect(isDmarcRecord('v=DMARC10; p=none')).toBe(false);
  });

  test('tag names, the version and the values are case-insensitive', () => {
    const record = 'V=dmarc1; P=Reject; SP=QUARANTINE; ADKIM=S; RUA=mailto:d@example.com';
    expect(isDmarcRecord(record)).toBe(true);
    expect(check(record)).toMatchObject({ errors: [], rules: [], policy: 'reject' });
  });

  test('rua without p is valid, applied as p=none, with a warning', () => {
    const r = check('v=DMARC1; rua=mailto:d@example.com');
    expect(r.errors).toEqual([]);
    expect(r.policy).toBe('none');
    expect(r.rules).toEqual(['warning dmarc-policy']);
    expect(check('v=DMARC1; rua=mailto:d@example.com', 'quarantine').errors).toEqual([
      'p=none is weaker than the required quarantine',
    ]);
  });

  test('neither p nor rua: no policy, an error', () => {
    expect(check('v=DMARC1; adkim=s').errors).toEqual(['no p= policy']);
  });

  test.each([
    ['p=maybe', 'p=maybe is not none, quarantine or reject'],
    ['p=none; sp=strict', 'sp=strict is not valid; sp accepts none, quarantine or reject'],
    ['p=none; np=drop', 'np=drop is not valid; np accepts none, quarantine or reject'],
    ['p=none; adkim=relaxed', 'adkim=relaxed is not valid; adkim accepts r (relaxed) or s (strict)'],
    ['p=none; aspf=x', 'aspf=x is not valid; aspf accepts r (relaxed) or s (strict)'],
    ['p=none; fo=2', 'fo=2 is not valid; fo accepts a colon-separated list of 0, 1, d and s'],
    ['p=none; fo=0,1', 'fo=0,1 is not valid; fo accepts a colon-separated list of 0, 1, d and s'],
    ['p=none; psd=yes', 'psd=yes is not valid; psd accepts y, n or u'],
    ['p=none; t=1', 't=1 is not valid; t accepts y or n'],
    ['p=none; pct=101', 'pct=101 is not valid; pct accepts an integer from 0 to 100'],
    ['p=none; pct=-1', 'pct=-1 is not valid; pct accepts an integer from 0 to 100'],
    ['p=none; ri=daily', 'ri=daily is not valid; ri accepts a number of seconds (32 bits)'],
    ['p=none; ri=4294967296', 'ri=4294967296 is not valid; ri accepts a number of seconds (32 bits)'],
    ['p=none; rf=iodef', 'rf=iodef is not valid; rf accepts afrf, the one registered format'],
  ])('v=DMARC1; %s is an error naming the tag', (tags, message) => {
    expect(check(`v=DMARC1; ${tags}; rua=mailto:d@example.com`).errors).toEqual([message]);
  });

  test('values in each set are accepted, pct/ri/rf with the RFC 9989 removal warning', () => {
    const r = check('v=DMARC1; p=none; fo = 1 : d; pct=0; ri=86400; rf=afrf; rua=mailto:d@example.com');
    expect(r.errors).toEqual([]);
    expect(r.rules.filter((x) => x === 'warning dmarc-removed-tag')).toHaveLength(3);
  });

  test('v=DMARC1 must come first; a repeated or nameless tag is a syntax error', () => {
    expect(check('p=reject; v=DMARC1').rules).toContain('error dmarc-syntax');
    expect(check('v=DMARC1; p=reject; p=none').errors).toEqual(["tag 'p' appears twice"]);
    expect(check('v=DMARC1; =reject').errors).toEqual(["malformed tag '=reject' (expected name=value)"]);
  });

  test('an unknown tag is a notice (receivers ignore it), a non-mailto report URI an error', () => {
    expect(check('v=DMARC1; p=reject; adkm=s; rua=mailto:d@example.com').rules).toEqual(['notice dmarc-unknown-tag']);
    expect(check('v=DMARC1; p=reject; rua=https://example.com/r').errors).toEqual([
      "rua URI 'https://example.com/r' is not a mailto: address",
    ]);
  });
});
