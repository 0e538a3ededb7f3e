import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineCheck } from '../../core/check.js';
import { UserError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { choice, integer, list, text } from '../../core/inputs.js';
import { readCaFile } from '../http/ca-file.js';
import { dkimSection } from './dkim.js';
import { dmarcSection } from './dmarc.js';
import { LiveDns, bare, parseNameserver, type DnsSource, type RecordType } from './dns-source.js';
import { dnsFindingsTable, type DnsFindingId, type DnsRun, type SectionResult } from './findings.js';
import { httpsSection } from './https-check.js';
import { mxSection } from './mx.js';
import { parseOctodns } from './octodns.js';
import { starter } from './starter.js';
import { expectedRecordsSection, parseExpect, subdomainsSection } from './records.js';
import { spfSection } from './spf-section.js';
import { parseCidr } from './spf.js';
import { ZoneDns, ZoneFileError, parseZoneFile } from './zone-file.js';

export { COMMON_DKIM_SELECTORS } from './dkim.js';

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;
const REQUIRABLE = ['mx', 'spf', 'dkim', 'dmarc'];

/** Reads input `zone-file` (BIND, or OctoDNS YAML): a file that cannot be read or parsed is a user error. */
function openZoneFile(cwd: string, file: string, domain: string): DnsSource {
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (err: any) {
    const why = err?.code === 'ENOENT' ? 'no such file' : err?.code === 'EISDIR' ? 'a directory' : (err?.code ?? err);
    throw new UserError(
      `Input 'zone-file': cannot read ${file} (${why}); accepted: a BIND zone file or an OctoDNS .yaml zone.`,
    );
  }
  try {
    const records = /\.ya?ml$/i.test(file) ? parseOctodns(text, domain, file) : parseZoneFile(text, domain);
    return new ZoneDns(records, domain, file);
  } catch (err) {
    if (err instanceof ZoneFileError) throw new UserError(`${file}:${err.line}: ${err.message}`);
    throw err;
  }
}

/** A domain that does not exist, or whose every lookup failed, is one finding rather than twenty. */
async function existenceFinding(run: DnsRun): Promise<Finding | undefined> {
  const { dns, domain } = run;
  const probes = await Promise.all((['NS', 'A', 'MX', 'TXT'] as RecordType[]).map((t) => dns.query(domain, t)));
  if (probes.every((a) => a.status === 'nxdomain'))
    return {
      ruleId: 'domain-missing' satisfies DnsFindingId,
      severity: 'error',
      title: 'Domain does not exist',
      message: `${domain} does not exist (NXDOMAIN from ${dns.describe()}). Register it or fix the name.`,
    };
  if (probes.every((a) => a.status === 'error'))
    return {
      ruleId: 'dns-error' satisfies DnsFindingId,
      severity: 'error',
      title: 'Could not check',
      message: `every lookup for ${domain} failed: ${probes[0].error}`,
    };
  return undefined;
}

export const dnsCheck = defineCheck({
  name: 'dns-check',
  section: 'dns',
  impact: {
    default: 'access',
    reach: 'everyone',
    byRule: {
      'spf-*': 'delivery',
      'dkim-*': 'delivery',
      'dmarc-*': 'delivery',
      'mx-*': 'delivery',
      'subdomain-missing': { class: 'access', reach: 'some' },
      'https-no-hsts': 'hygiene',
      'mixed-content': { class: 'hygiene', reach: 'some' },
    },
  },
  shortTitle: 'DNS/email/TLS',
  starter,
  readmeTables: { 'findings:dns-check': dnsFindingsTable },
  title: 'launchgate DNS, email and TLS check',
  description:
    'Fails when names point to the wrong place, SPF/DKIM/DMARC would send mail to spam, or HTTPS is broken or expiring.',
  branding: { icon: 'globe', color: 'purple' },
  inputs: {
    domain: { ...text('The domain to check, e.g. example.com.'), required: true },
    expect: list('Expected records, one per line: `host TYPE value` (e.g. `www CNAME example.com.`).'),
    'dkim-selectors': list("DKIM selectors to check; empty probes the common providers' selectors.", '', 'comma'),
    require: list('Records that must exist: any of mx, spf, dkim, dmarc.', 'spf,dmarc', 'comma'),
    'dmarc-min-policy': choice('Weakest DMARC policy accepted.', 'none', ['none', 'quarantine', 'reject'] as const),
    resolver: list("Nameservers to ask, IP[:port], comma-separated; empty uses the system's.", '', 'comma'),
    https: list('Hosts whose HTTPS is checked, comma-separated (host or host:port).', '', 'comma'),
    'cert-min-days': integer('Fewest days a certificate may have left.', '14', 0, 3650),
    'canonical-host': text('The one host the others and http:// must redirect to (301/308).'),
    'zone-file': text('Zone file to validate instead of live DNS: BIND format, or OctoDNS YAML (.yaml/.yml).'),
    'spf-senders': list('IPs or CIDRs that send mail for the domain; each must get SPF pass.', '', 'comma'),
    subdomains: list(
      'Subdomains that must resolve (e.g. app,api,admin); a CNAME to nothing is a takeover risk.',
      '',
      'comma',
    ),
    'ca-file': text('PEM file of an extra CA to trust for the HTTPS checks.'),
    'http-port': integer('Port of the plain-HTTP redirect check.', '80', 1, 65535),
    'expect-proxy': choice('Edge proxy every https host must sit behind: cloudflare, or none.', 'none', [
      'none',
      'cloudflare',
    ] as const),
    'proxy-ranges': list(
      "CIDRs that replace the shipped edge-proxy ranges (Cloudflare's, dated in the code), comma-separated.",
      '',
      'comma',
    ),
    'timeout-ms': integer('Timeout of each DNS query in milliseconds.', '3000', 100, 60000),
  },
  outputs: {},
  async run(inputs, ctx) {
    const domain = bare(inputs.domain);
    if (!DOMAIN.test(domain))
      throw new UserError(
        `Input 'domain' got ${JSON.stringify(inputs.domain)}; accepted: a domain name such as example.com.`,
      );
    const servers = inputs.resolver.map((r) => {
      const parsed = parseNameserver(r);
      if (!parsed)
        throw new UserError(
          `Input 'resolver' got ${JSON.stringify(r)}; accepted: nameserver addresses IP[:port], comma-separated.`,
        );
      return parsed;
    });
    for (const r of inputs.require)
      if (!REQUIRABLE.includes(r))
        throw new UserError(`Input 'require' got ${JSON.stringify(r)}; accepted: ${REQUIRABLE.join(', ')}.`);
    for (const sender of inputs['spf-senders'])
      if (!parseCidr(sender))
        throw new UserError(
          `Input 'spf-senders' got ${JSON.stringify(sender)}; accepted: IP addresses or CIDRs, comma-separated.`,
        );
    const expected = parseExpect(inputs.expect, domain);
    const ca = readCaFile(ctx.cwd, inputs['ca-file']);
    const required = new Set(inputs.require);
    const zoneFile = inputs['zone-file'] || undefined;
    const dns = zoneFile ? openZoneFile(ctx.cwd, zoneFile, domain) : new LiveDns(servers, inputs['timeout-ms']);
    const run: DnsRun = { domain, dns, zoneFile };

    const missing = await existenceFinding(run);
    if (missing)
      return { findings: [missing], metrics: { exists: missing.ruleId === 'dns-error' ? 'unknown' : false } };

    const records = await expectedRecordsSection(run, expected);
    const mx = await mxSection(run, required.has('mx'));
    const spf = await spfSection(run, {
      senders: inputs['spf-senders'],
      required: required.has('spf'),
      parked: mx.parked,
    });
    const dkim = await dkimSection(run, inputs['dkim-selectors'], required.has('dkim'));
    const dmarc = await dmarcSection(run, inputs['dmarc-min-policy'], required.has('dmarc'));
    const subdomains = await subdomainsSection(run, inputs.subdomains);
    const https = await httpsSection(run, inputs.https, {
      ca,
      minDays: inputs['cert-min-days'],
      canonical: inputs['canonical-host'] || undefined,
      httpPort: inputs['http-port'],
      timeoutMs: Math.max(inputs['timeout-ms'], 5000),
      proxy: inputs['expect-proxy'],
      proxyRanges: inputs['proxy-ranges'],
    });
    const parts: SectionResult[] = [records, mx, spf, dkim, dmarc, subdomains, https];
    return {
      findings: parts.flatMap((p) => p.findings),
      metrics: {
        domain,
        source: dns.describe(),
        spfRecords: spf.records,
        dkimFound: dkim.found,
        dmarc: dmarc.found,
      },
      sections: [
        { title: 'Source', markdown: `Checked ${domain} against ${dns.describe()}.` },
        ...parts.flatMap((p) => (p.section ? [p.section] : [])),
      ],
    };
  },
});
