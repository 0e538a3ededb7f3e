/**
 * Issue 14 L3, the DNS part: TXT values reached the summary raw. An SPF record with a backtick closed its code span,
 * and a record in an included domain (someone else's zone) closed the include tree's <pre> and added HTML.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { reportMarkdown } from '../../src/core/markdown.js';
import { runDnsCheck, startDnsServer } from '../helpers/dns-server.js';

let dns: Awaited<ReturnType<typeof startDnsServer>>;
beforeAll(async () => {
  dns = await startDnsServer({
    'victim.test': {
      A: ['203.0.113.1'],
      MX: [[0, '.']],
      TXT: ['v=spf1 include:vendor.example -all'],
    },
    'vendor.example': { TXT: ['v=spf1 ip4:192.0.2.1 </pre><img src=x onerror=alert(1)> @octocat -all'] },
    '_dmarc.victim.test': { TXT: ['v=DMARC1; p=reject; rua=mailto:d@victim.test; x=`<img src=y>`'] },
  });
});
afterAll(async () => {
  await dns.close();
});

describe('DNS data in the summary', () => {
  test('TXT values cannot close their code span or <pre>, nor add HTML or mentions', async () => {
    const report = await runDnsCheck({ domain: 'victim.test', resolver: dns.address, 'timeout-ms': '1000' });
    const spf = report.sections?.find((s) => s.title === 'SPF')?.markdown ?? '';
    const dmarc = report.sections?.find((s) => s.title === 'DMARC')?.markdown ?? '';
    expect(spf).toContain('include tree');
    expect(spf).not.toMatch(/<img|<\/pre></);
    // The @ stays in the section; the one markdown path that every summary takes breaks the mention.
    expect(reportMarkdown(report)).not.toMatch(/@octocat/);
    expect(spf.match(/<\/pre>/g)).toHaveLength(1);
    // The DMARC record holds a backtick run of 1, so its code span is fenced with 2.
    expect(dmarc).toContain('`` v=DMARC1; p=reject; rua=mailto:d@victim.test; x=`<img src=y>` ``');
  });
});
