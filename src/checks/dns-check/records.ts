import { UserError } from '../../core/errors.js';
import { table } from '../../core/markdown.js';
import { bare, fqdn, type Answer, type DnsSource, type RecordType } from './dns-source.js';
import { FindingList, notChecked, type DnsFindingId, type DnsRun, type SectionResult } from './findings.js';

/** Follows a CNAME chain (at most 8 hops) to the records of `type`. */
export async function resolveFollowing(
  dns: DnsSource,
  host: string,
  type: RecordType,
): Promise<{ values: string[]; answer: Answer; chain: string[] }> {
  const chain: string[] = [];
  let name = host;
  for (let hop = 0; hop < 8; hop++) {
    const answer = await dns.query(name, type);
    if (type === 'CNAME' || answer.values.length || answer.status === 'error')
      return { values: answer.values, answer, chain };
    const cname = await dns.query(name, 'CNAME');
    if (cname.status === 'error') return { values: [], answer: cname, chain };
    if (!cname.values.length) return { values: [], answer, chain };
    name = cname.values[0];
    chain.push(name);
  }
  return {
    values: [],
    answer: { status: 'error', values: [], error: `CNAME chain from ${host} is longer than 8` },
    chain,
  };
}

const EXPECT_LINE = /^(\S+)\s+(A|AAAA|CNAME|MX|TXT|NS)\s+(.+)$/i;

/** Parses input `expect`; a line that is not `host TYPE value` is a user error naming it. */
export function parseExpect(lines: string[], domain: string): { host: string; type: RecordType; want: string }[] {
  return lines.map((line) => {
    const m = EXPECT_LINE.exec(line);
    if (!m)
      throw new UserError(
        `Input 'expect' got ${JSON.stringify(line)}; accepted: lines of \`host TYPE value\` (TYPE one of A, AAAA, CNAME, MX, TXT, NS).`,
      );
    const host = m[1] === '@' ? domain : m[1].endsWith('.') ? bare(m[1]) : `${m[1]}.${domain}`;
    return { host, type: m[2].toUpperCase() as RecordType, want: m[3].trim() };
  });
}

/** The records of input `expect`, each followed through CNAMEs and compared with the value wanted. */
export async function expectedRecordsSection(
  run: DnsRun,
  expected: { host: string; type: RecordType; want: string }[],
): Promise<SectionResult> {
  const out = new FindingList(run);
  const rows: string[][] = [];
  for (const { host, type, want } of expected) {
    const { values, answer, chain } = await resolveFollowing(run.dns, host, type);
    const norm = (v: string) =>
      type === 'CNAME' || type === 'NS'
        ? fqdn(v)
        : type === 'MX'
          ? v.toLowerCase().replace(/\.?$/, '.')
          : v.toLowerCase();
    const ok = values.some((v) => norm(v) === norm(want) || (type === 'MX' && norm(v).endsWith(` ${fqdn(want)}`)));
    if (answer.status === 'error') {
      const { found, verdict } = notChecked(answer);
      rows.push([host, type, want, found, verdict]);
      out.couldNotCheck(answer, `${type} ${host}`);
      continue;
    }
    rows.push([host, type, want, values.join(', ') || answer.status, ok ? '✅' : '❌']);
    if (!ok)
      out.findings.push({
        ruleId: 'record-mismatch' satisfies DnsFindingId,
        severity: 'error',
        title: `${host} ${type}`,
        message: `${host} ${type} should be ${want}, but ${values.length ? `is ${values.join(', ')}` : `has none (${answer.status})`}${chain.length ? ` (via ${chain.join(' → ')})` : ''}. Fix: point ${host} at ${want} at your DNS provider.`,
        ...out.at(answer),
      });
  }
  return {
    findings: out.findings,
    section: rows.length
      ? { title: 'Expected records', markdown: table(['Host', 'Type', 'Expected', 'Found', 'Verdict'], rows) }
      : undefined,
  };
}

/** Subdomains that must resolve; a CNAME to a name that does not is a takeover waiting to happen. */
export async function subdomainsSection(run: DnsRun, subdomains: string[]): Promise<SectionResult> {
  const out = new FindingList(run);
  const rows: string[][] = [];
  for (const sub of subdomains) {
    const host = `${sub}.${run.domain}`;
    const { values, answer, chain } = await resolveFollowing(run.dns, host, 'A');
    const aaaa = values.length ? { values: [] as string[] } : await resolveFollowing(run.dns, host, 'AAAA');
    const resolved = values.length > 0 || aaaa.values.length > 0;
    const via = chain.length ? chain.join(' → ') : '—';
    if (answer.status === 'error' && !resolved) {
      // A chain that leaves the zone file (or a lookup that failed) is not checked: the row says so, as the finding does.
      const { found, verdict } = notChecked(answer);
      rows.push([host, via, found, verdict]);
      out.couldNotCheck(answer, host);
      continue;
    }
    rows.push([host, via, resolved ? [...values, ...aaaa.values].join(', ') : answer.status, resolved ? '✅' : '❌']);
    if (!resolved && chain.length)
      out.add({
        severity: 'error',
        rule: 'dangling-cname',
        message: `${host} is a CNAME to ${chain[chain.length - 1]}, which does not resolve: anyone who claims that name can serve pages on ${host}`,
        fix: `Remove the CNAME for ${host}, or point it at a live target.`,
      });
    else if (!resolved)
      out.add({
        severity: 'error',
        rule: 'subdomain-missing',
        message: `${host} does not resolve (${answer.status})`,
        fix: `Add an A/AAAA or CNAME record for ${host}.`,
      });
  }
  return {
    findings: out.findings,
    section: rows.length
      ? { title: 'Subdomains', markdown: table(['Host', 'CNAME chain', 'Addresses', 'Verdict'], rows) }
      : undefined,
  };
}
