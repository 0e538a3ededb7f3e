import { table } from '../../core/markdown.js';
import { FindingList, type DnsFindingId, type DnsRun, type SectionResult } from './findings.js';

/**
 * MX targets checked, most preferred first (RFC 7208 sets the same limit for SPF's mx): the answer is someone's DNS,
 * and a thousand MX records must not cost three thousand lookups.
 */
export const MAX_MX_CHECKED = 10;

/**
 * The MX section: the domain's MX records, each target a host name with its own A/AAAA (not an IP, not a CNAME).
 * `parked` tells the SPF section the domain takes no mail: a null MX (`0 .`), or no MX at all.
 */
export async function mxSection(run: DnsRun, required: boolean): Promise<SectionResult & { parked: boolean }> {
  const { dns, domain } = run;
  const out = new FindingList(run);
  const mx = await dns.query(domain, 'MX');
  const rows: string[][] = [];
  const nullMx = mx.values.length === 1 && mx.values[0].split(' ')[1] === '.';
  if (mx.status === 'error') out.couldNotCheck(mx, 'MX');
  else if (mx.values.length === 0)
    out.add({
      severity: required ? 'error' : 'warning',
      rule: 'mx-missing',
      message: `${domain} has no MX record: replies and bounces to it are lost`,
      fix: 'Add the MX records of your mail provider, or a null MX (0 .) if the domain sends and receives no mail.',
    });
  else if (nullMx) rows.push(['0 .', 'null MX: this domain receives no mail', '✅']);
  else {
    const byPreference = mx.values.map((v, i) => ({ v, i })).sort((a, b) => parseInt(a.v) - parseInt(b.v));
    for (const { v, i } of byPreference.slice(0, MAX_MX_CHECKED)) {
      const exchange = v.split(' ')[1];
      const problems: string[] = [];
      if (/^[\d.]+\.?$/.test(exchange) || /^[0-9a-f:]+$/i.test(exchange))
        problems.push('points at an IP address, not a host name');
      else if (dns.inZone && !dns.inZone(exchange)) {
        // A zone file holds only its own names: a provider's MX host is not checked, and the row says so.
        rows.push([v, 'not checked (outside the zone)', '—']);
        continue;
      } else {
        const cname = await dns.query(exchange, 'CNAME');
        if (cname.status === 'ok' && cname.values.length)
          problems.push(`is a CNAME (to ${cname.values[0]}); MX targets must have their own A/AAAA`);
        const [a, aaaa] = await Promise.all([dns.query(exchange, 'A'), dns.query(exchange, 'AAAA')]);
        if (a.status === 'error' && aaaa.status === 'error') {
          rows.push([v, `could not check (${a.error})`, '❌']);
          out.couldNotCheck(a, `MX ${exchange}`);
          continue;
        } else if (!a.values.length && !aaaa.values.length && !cname.values.length)
          problems.push('has no A or AAAA record');
      }
      rows.push([v, problems.join('; ') || 'resolves', problems.length ? '❌' : '✅']);
      if (problems.length)
        out.add(
          {
            severity: 'error',
            rule: 'mx-target',
            message: `MX ${exchange} ${problems.join('; ')}`,
            fix: 'Point MX at the host names your mail provider gives.',
          },
          out.at(mx, i),
        );
    }
    const unchecked = byPreference.slice(MAX_MX_CHECKED);
    for (const { v } of unchecked) rows.push([v, `not checked (only the ${MAX_MX_CHECKED} most preferred are)`, '—']);
    if (unchecked.length)
      out.findings.push({
        ruleId: 'dns-error' satisfies DnsFindingId,
        severity: 'warning',
        title: 'Could not check every MX',
        message: `${domain} has ${mx.values.length} MX records; only the ${MAX_MX_CHECKED} most preferred were checked. Fix: keep the MX records your provider gives (rarely more than five).`,
      });
  }
  return {
    findings: out.findings,
    parked: nullMx || (mx.status !== 'error' && mx.values.length === 0),
    section: rows.length ? { title: 'MX', markdown: table(['Record', 'Check', 'Verdict'], rows) } : undefined,
  };
}
