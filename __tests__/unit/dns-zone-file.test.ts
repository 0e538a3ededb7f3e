import { describe, expect, test } from '@jest/globals';
import { ZoneDns, ZoneFileError, parseZoneFile } from '../../src/checks/dns-check/zone-file.js';
import { parseOctodns } from '../../src/checks/dns-check/octodns.js';
import { spfSection } from '../../src/checks/dns-check/spf-section.js';

const zone = (...lines: string[]) => parseZoneFile(['$ORIGIN ex.test.', '$TTL 1h30m', ...lines].join('\n'), 'ex.test');

describe('BIND zone files', () => {
  test('records of types launchgate does not check are kept, not refused (RFC 3597 TYPE<n> too)', () => {
    const records = zone(
      '@ IN A 192.0.2.1',
      '@ 3600 IN CAA 0 issue "letsencrypt.org"',
      '@ IN TYPE257 \\# 22 0005697373756560656c657473656e63727970742e6f7267',
      'host IN SSHFP 4 2 123456789abcdef67890123456789abcdef67890123456789abcdef123456789',
      'sub IN DS 60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118',
      '@ IN DNSKEY 256 3 5 ( AQPSKmynfzW4kyBv015MUG2DeIQ3',
      '                      Cbl+BBZH4b/0PY1kxkmvHjcZc8no )',
      '_443._tcp.www IN TLSA 3 1 1 0C72AC70B745AC19998811B131D662C9AC69DBDBE7CB23E5B514B56664C5D3D6',
      '@ IN HTTPS 1 . alpn="h2,h3"',
      '@ CLASS1 TYPE65534 \\# 0',
      'old IN SPF "v=spf1 -all"',
    );
    expect(records.map((r) => r.type)).toEqual([
      'A',
      'CAA',
      'TYPE257',
      'SSHFP',
      'DS',
      'DNSKEY',
      'TLSA',
      'HTTPS',
      'TYPE65534',
      'SPF',
    ]);
    expect(records[5]).toMatchObject({
      line: 8,
      data: ['256', '3', '5', 'AQPSKmynfzW4kyBv015MUG2DeIQ3', 'Cbl+BBZH4b/0PY1kxkmvHjcZc8no'],
    });
  });

  test('a type that IANA does not list is an error with its line', () => {
    expect(() => zone('@ IN A 192.0.2.1', '@ IN BOGUS 1')).toThrow(
      new ZoneFileError(
        4,
        "unknown or missing record type 'BOGUS' (accepted: a type IANA lists, such as A, MX or TXT, or TYPE<n> as RFC 3597 writes any other)",
      ),
    );
    expect(() => zone('@ IN TXT ( "a"', '"b"')).toThrow('unclosed parenthesis');
  });

  test('quoted strings: escapes, semicolons, strings split over lines; the SPF type is not a TXT answer', async () => {
    const records = zone(
      '@ IN TXT ( "v=spf1 ip4:192.0.2.0/24 "  ; first half',
      '           "-all" )',
      'q IN TXT "a\\"b\\059c\\\\d"',
      'spf IN SPF "v=spf1 -all"',
    );
    expect(records[0].data).toEqual(['v=spf1 ip4:192.0.2.0/24 ', '-all']);
    expect(records[1].data).toEqual(['a"b;c\\d']);
    const dns = new ZoneDns(records, 'ex.test', 'ex.zone');
    expect(await dns.query('ex.test', 'TXT')).toMatchObject({
      status: 'ok',
      values: ['v=spf1 ip4:192.0.2.0/24 -all'],
      lines: [3],
    });
    expect(await dns.query('spf.ex.test', 'TXT')).toMatchObject({ status: 'nodata' });
    expect(await dns.query('mail.provider.example', 'A')).toMatchObject({ status: 'error' });
  });
});

describe('OctoDNS zones', () => {
  test('SPF records are read as the BIND reader reads them, with \\; unescaped; unknown types are refused', () => {
    const records = parseOctodns(
      [
        "'':",
        '  - type: SPF',
        '    value: v=spf1 -all',
        '  - type: SSHFP',
        '    value: { algorithm: 4, fingerprint_type: 2, fingerprint: abc }',
        '',
      ].join('\n'),
      'ex.test',
      'ex.test.yaml',
    );
    expect(records.map((r) => [r.type, r.data[0]])).toEqual([
      ['SPF', 'v=spf1 -all'],
      ['SSHFP', '{"algorithm":4,"fingerprint_type":2,"fingerprint":"abc"}'],
    ]);
    expect(() => parseOctodns('www:\n  type: BOGUS\n  value: x\n', 'ex.test', 'ex.test.yaml')).toThrow(
      "record 'www' has unknown type 'BOGUS'",
    );
  });
});

describe('SPF includes in zone-file mode', () => {
  test('an include outside the zone is a notice; one inside it without an SPF record is an error', async () => {
    const records = zone(
      '@ IN TXT "v=spf1 include:_spf.ex.test include:_spf.provider.example -all"',
      '_spf IN TXT "site-verification=abc"',
    );
    const dns = new ZoneDns(records, 'ex.test', 'ex.zone');
    const spf = await spfSection(
      { domain: 'ex.test', dns, zoneFile: 'ex.zone' },
      { senders: [], required: true, parked: false },
    );
    expect(spf.findings.map((f) => `${f.severity} ${f.ruleId} ${f.message.split('.')[0]}`)).toEqual([
      'error spf-include-error _spf',
      'notice spf-include-error could not check _spf',
    ]);
  });
});
