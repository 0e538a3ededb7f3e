/**
 * Issue 14, the DNS part of "no superlinear loop, a time budget on everything external": the answers are someone's
 * DNS. Every MX target was looked up (three questions each, one after another), and every report domain in DMARC's
 * rua, so a zone with many records set the gate's running time. Both are bounded now, and what is left unchecked
 * is said.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runDnsCheck, startDnsServer, type ZoneData } from '../helpers/dns-server.js';

const MX = 25;
const REPORT_DOMAINS = 15;
let dns: Awaited<ReturnType<typeof startDnsServer>>;

beforeAll(async () => {
  const zone: ZoneData = {
    'fan.test': {
      A: ['203.0.113.1'],
      MX: Array.from({ length: MX }, (_, i) => [i, `m${i}.fan.test`] as [number, string]),
      TXT: ['v=spf1 -all'],
    },
    '_dmarc.fan.test': {
      TXT: [
        // One record in several strings of at most 255 bytes, as a DNS provider splits it.
        `v=DMARC1; p=reject; rua=${Array.from({ length: REPORT_DOMAINS }, (_, i) => `mailto:d@r${i}.example`).join(',')}`.match(
          /.{1,200}/g,
        )!,
      ],
    },
  };
  for (let i = 0; i < MX; i++) zone[`m${i}.fan.test`] = { A: [`203.0.113.${i + 10}`] };
  dns = await startDnsServer(zone);
});
afterAll(async () => {
  await dns.close();
});

describe('lookups driven by the size of an answer are bounded', () => {
  test('25 MX records: the 10 most preferred are checked, the rest listed as not checked', async () => {
    dns.queries.length = 0;
    const report = await runDnsCheck({ domain: 'fan.test', resolver: dns.address, 'timeout-ms': '1000' });
    const mxLookups = dns.queries.filter((q) => /^A m\d+\.fan\.test$/.test(q));
    expect(mxLookups.length).toBeLessThanOrEqual(10);
    expect(mxLookups).toContain('A m0.fan.test');
    expect(report.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'dns-error', severity: 'warning', title: 'Could not check every MX' }),
    );
    expect(report.sections?.find((s) => s.title === 'MX')?.markdown).toContain(
      '| 24 m24.fan.test. | not checked (only the 10 most preferred are) | — |',
    );
  });

  test('15 report domains: the first 10 are checked for authorization', async () => {
    dns.queries.length = 0;
    const report = await runDnsCheck({ domain: 'fan.test', resolver: dns.address, 'timeout-ms': '1000' });
    expect(dns.queries.filter((q) => q.includes('._report._dmarc.')).length).toBeLessThanOrEqual(10);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'dns-error', title: 'Could not check every report destination' }),
    );
  });
});
