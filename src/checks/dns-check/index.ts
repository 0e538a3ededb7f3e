import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineCheck } from '../../core/check.js';
import { UserError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { choice, integer, list, text } from '../../core/inputs.js';
import { table } from '../../core/markdown.js';
import { LiveDns, bare, fqdn, parseNameserver, type Answer, type DnsSource, type RecordType } from './dns-source.js';
import { checkHttps } from './https-check.js';
import { readCaFile } from '../http/ca-file.js';
import { checkDkim, checkDmarc, type Problem } from './mail-records.js';
import { LOOKUP_TERMS, checkHost, isSpfRecord, parseCidr, parseSpf } from './spf.js';
import { ZoneDns, ZoneFileError, parseZoneFile } from './zone-file.js';
import { CLOUDFLARE_RANGES, outsideRanges } from './edge.js';
import { parseOctodns } from './octodns.js';
import { starter } from './starter.js';

/** Selectors of the big providers, probed when none are given: Google, Microsoft 365, Mailchimp, SendGrid, Amazon SES (custom), Fastmail, Zoho, Proton, Resend, Postmark, Mailgun. */
export const COMMON_DKIM_SELECTORS = [
  'google',
  'selector1',
  'selector2',
  'k1',
  'k2',
  's1',
  's2',
  'default',
  'dkim',
  'mail',
  'smtp',
  'fm1',
  'fm2',
  'fm3',
  'zoho',
  'protonmail',
  'protonmail2',
  'resend',
  'pm',
  'mailo',
  'mg',
  'mta',
];
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;

export const dnsCheck = defineCheck({
  name: 'dns-check',
  section: 'dns',
  shortTitle: 'DNS/email/TLS',
  starter,
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
      if (!['mx', 'spf', 'dkim', 'dmarc'].includes(r))
        throw new UserError(`Input 'require' got ${JSON.stringify(r)}; accepted: mx, spf, dkim, dmarc.`);
    const required = new Set(inputs.require);
    let dns: DnsSource;
    let zoneFile: string | undefined;
    if (inputs['zone-file']) {
      zoneFile = inputs['zone-file'];
      const abs = path.resolve(ctx.cwd, zoneFile);
      if (!existsSync(abs)) throw new UserError(`Input 'zone-file': cannot read ${zoneFile} (no such file).`);
      try {
        const text = readFileSync(abs, 'utf8');
        const records = /\.ya?ml$/i.test(zoneFile) ? parseOctodns(text, domain, zoneFile) : parseZoneFile(text, domain);
        dns = new ZoneDns(records, domain, zoneFile);
      } catch (err) {
        if (err instanceof ZoneFileError) throw new UserError(`${zoneFile}:${err.line}: ${err.message}`);
        throw err;
      }
    } else dns = new LiveDns(servers, inputs['timeout-ms']);

    const findings: Finding[] = [];
    const sections: { title: string; markdown: string }[] = [];
    const at = (answer?: Answer, index = 0) =>
      zoneFile && answer?.lines?.[index] ? { file: zoneFile, line: answer.lines[index] } : {};
    const add = (p: Problem, where: object = {}, subject = '') =>
      findings.push({
        ruleId: p.rule,
        severity: p.severity,
        title: subject || p.rule.split('-')[0].toUpperCase(),
        message: `${p.message}. Fix: ${p.fix}`,
        ...where,
      });
    const couldNot = (a: Answer, what: string) =>
      findings.push({
        ruleId: 'dns-error',
        severity: dns.kind === 'zone' ? 'notice' : 'error',
        title: `Could not check ${what}`,
        message: a.error ?? 'DNS error',
      });

    // A domain that does not exist is one clear error, not twenty.
    const probes = await Promise.all((['NS', 'A', 'MX', 'TXT'] as RecordType[]).map((t) => dns.query(domain, t)));
    if (probes.every((a) => a.status === 'nxdomain')) {
      findings.push({
        ruleId: 'domain-missing',
        severity: 'error',
        title: 'Domain does not exist',
        message: `${domain} does not exist (NXDOMAIN from ${dns.describe()}). Register it or fix the name.`,
      });
      return { findings, metrics: { exists: false } };
    }
    if (probes.every((a) => a.status === 'error')) {
      findings.push({
        ruleId: 'dns-error',
        severity: 'error',
        title: 'Could not check',
        message: `every lookup for ${domain} failed: ${probes[0].error}`,
      });
      return { findings, metrics: { exists: 'unknown' } };
    }

    // Expected records.
    const expectRows: string[][] = [];
    for (const line of inputs.expect) {
      const m = /^(\S+)\s+(A|AAAA|CNAME|MX|TXT|NS)\s+(.+)$/i.exec(line);
      if (!m)
        throw new UserError(
          `Input 'expect' got ${JSON.stringify(line)}; accepted: lines of \`host TYPE value\` (TYPE one of A, AAAA, CNAME, MX, TXT, NS).`,
        );
      const host = m[1] === '@' ? domain : m[1].endsWith('.') ? bare(m[1]) : `${m[1]}.${domain}`;
      const type = m[2].toUpperCase() as RecordType;
      const want = m[3].trim();
      const { values, answer, chain } = await resolveFollowing(dns, host, type);
      const norm = (v: string) =>
        type === 'CNAME' || type === 'NS'
          ? fqdn(v)
          : type === 'MX'
            ? v.toLowerCase().replace(/\.?$/, '.')
            : v.toLowerCase();
      const ok = values.some((v) => norm(v) === norm(want) || (type === 'MX' && norm(v).endsWith(` ${fqdn(want)}`)));
      expectRows.push([host, type, want, values.join(', ') || answer.status, ok ? '✅' : '❌']);
      if (answer.status === 'error') couldNot(answer, `${type} ${host}`);
      else if (!ok) {
        findings.push({
          ruleId: 'record-mismatch',
          severity: 'error',
          title: `${host} ${type}`,
          message: `${host} ${type} should be ${want}, but ${values.length ? `is ${values.join(', ')}` : `has none (${answer.status})`}${chain.length ? ` (via ${chain.join(' → ')})` : ''}. Fix: point ${host} at ${want} at your DNS provider.`,
          ...at(answer),
        });
      }
    }
    if (expectRows.length)
      sections.push({
        title: 'Expected records',
        markdown: table(['Host', 'Type', 'Expected', 'Found', 'Verdict'], expectRows),
      });

    // MX.
    const mx = await dns.query(domain, 'MX');
    const mxRows: string[][] = [];
    const nullMx = mx.values.length === 1 && mx.values[0].split(' ')[1] === '.';
    if (mx.status === 'error') couldNot(mx, 'MX');
    else if (mx.values.length === 0)
      add({
        severity: required.has('mx') ? 'error' : 'warning',
        rule: 'mx-missing',
        message: `${domain} has no MX record: replies and bounces to it are lost`,
        fix: 'Add the MX records of your mail provider, or a null MX (0 .) if the domain sends and receives no mail.',
      });
    else if (nullMx) mxRows.push(['0 .', 'null MX: this domain receives no mail', '✅']);
    else {
      for (const [i, v] of mx.values.entries()) {
        const exchange = v.split(' ')[1];
        const problems: string[] = [];
        if (/^[\d.]+\.?$/.test(exchange) || /^[0-9a-f:]+$/i.test(exchange))
          problems.push('points at an IP address, not a host name');
        else {
          const cname = await dns.query(exchange, 'CNAME');
          if (cname.status === 'ok' && cname.values.length)
            problems.push(`is a CNAME (to ${cname.values[0]}); MX targets must have their own A/AAAA`);
          const [a, aaaa] = await Promise.all([dns.query(exchange, 'A'), dns.query(exchange, 'AAAA')]);
          if (a.status === 'error' && aaaa.status === 'error') {
            if (dns.kind === 'live') problems.push(`could not be resolved (${a.error})`);
          } else if (!a.values.length && !aaaa.values.length && !cname.values.length)
            problems.push('has no A or AAAA record');
        }
        mxRows.push([v, problems.join('; ') || 'resolves', problems.length ? '❌' : '✅']);
        if (problems.length)
          add(
            {
              severity: 'error',
              rule: 'mx-target',
              message: `MX ${exchange} ${problems.join('; ')}`,
              fix: 'Point MX at the host names your mail provider gives.',
            },
            at(mx, i),
          );
      }
    }
    if (mxRows.length) sections.push({ title: 'MX', markdown: table(['Record', 'Check', 'Verdict'], mxRows) });

    // SPF.
    const spfLookup = (name: string, type: 'A' | 'AAAA' | 'MX' | 'TXT' | 'PTR') => dns.query(name, type);
    const txt = await dns.query(domain, 'TXT');
    const spfRecords = txt.values.map((v, i) => ({ v, i })).filter(({ v }) => isSpfRecord(v));
    const spfRows: string[][] = [];
    if (txt.status === 'error') couldNot(txt, 'SPF');
    else if (spfRecords.length === 0) {
      add({
        severity: required.has('spf') ? 'error' : 'warning',
        rule: 'spf-missing',
        message: `${domain} has no SPF record: receivers cannot tell your mail from forgeries`,
        fix: `Publish TXT "v=spf1 include:<your provider> -all"${nullMx ? ' (or "v=spf1 -all" for a domain that sends no mail)' : ''}.`,
      });
    } else if (spfRecords.length > 1) {
      add(
        {
          severity: 'error',
          rule: 'spf-multiple',
          message: `${domain} has ${spfRecords.length} SPF records; receivers then return permerror and SPF fails for all mail`,
          fix: 'Merge them into one record.',
        },
        at(txt, spfRecords[1].i),
      );
    } else {
      const { v: record, i } = spfRecords[0];
      const where = at(txt, i);
      spfRows.push(['record', `\`${record}\``]);
      for (const s of txt.txtStrings?.[i] ?? [])
        if (Buffer.byteLength(s) > 255)
          add(
            {
              severity: 'error',
              rule: 'spf-length',
              message: `a TXT string of ${Buffer.byteLength(s)} bytes; one string holds at most 255`,
              fix: 'Split the record into several quoted strings.',
            },
            where,
          );
      if (record.length > 450)
        add(
          {
            severity: 'warning',
            rule: 'spf-length',
            message: `the record is ${record.length} characters; over about 450 the answer may not fit one UDP packet`,
            fix: 'Flatten or shorten the includes.',
          },
          where,
        );
      const parsed = parseSpf(record);
      if (parsed.error)
        add(
          {
            severity: 'error',
            rule: 'spf-syntax',
            message: `at character ${parsed.error.position}: ${parsed.error.message}`,
            fix: 'Correct the term; see RFC 7208 section 5.',
          },
          where,
        );
      else {
        const all = parsed.terms.find((t) => t.name === 'all');
        if (all && (all.qualifier === '+' || all.qualifier === '?'))
          add(
            {
              severity: 'error',
              rule: 'spf-permissive-all',
              message: `${all.text} lets anyone send as ${domain}`,
              fix: 'End with -all (or ~all while testing).',
            },
            where,
          );
        if (!all && !parsed.terms.some((t) => t.name === 'redirect'))
          add(
            {
              severity: 'warning',
              rule: 'spf-no-all',
              message: 'the record has no all mechanism, so unlisted senders get neutral',
              fix: 'End with -all (or ~all while testing).',
            },
            where,
          );
        if (parsed.terms.some((t) => t.name === 'ptr'))
          add(
            {
              severity: 'warning',
              rule: 'spf-ptr',
              message: 'ptr is deprecated (RFC 7208 5.5): slow, and many receivers skip it',
              fix: 'Replace ptr with ip4/ip6 or include.',
            },
            where,
          );
        const tree = await spfTree(domain, dns);
        spfRows.push(
          ['DNS-querying terms (limit 10)', String(tree.lookups)],
          ['void lookups (limit 2)', String(tree.voids)],
          ['include tree', `<pre>${tree.lines.join('\n')}</pre>`],
        );
        if (tree.lookups > 10)
          add(
            {
              severity: 'error',
              rule: 'spf-too-many-lookups',
              message: `${tree.lookups} DNS-querying terms through includes and redirects; over 10 is a permerror and SPF fails for all mail`,
              fix: 'Remove unused includes, or replace some with ip4/ip6 ranges.',
            },
            where,
          );
        if (tree.voids > 2)
          add(
            {
              severity: 'error',
              rule: 'spf-void-lookups',
              message: `${tree.voids} lookups return nothing; over 2 is a permerror`,
              fix: 'Remove includes and a/mx terms of names that do not exist.',
            },
            where,
          );
        if (tree.loop)
          add(
            {
              severity: 'error',
              rule: 'spf-loop',
              message: `include/redirect loop: ${tree.loop}`,
              fix: 'Remove the include that points back.',
            },
            where,
          );
        for (const e of tree.errors)
          add(
            {
              severity: dns.kind === 'zone' ? 'notice' : 'error',
              rule: 'spf-include-error',
              message: e,
              fix: 'Check the included domain.',
            },
            where,
          );
        for (const sender of inputs['spf-senders']) {
          const cidr = parseCidr(sender);
          if (!cidr)
            throw new UserError(
              `Input 'spf-senders' got ${JSON.stringify(sender)}; accepted: IP addresses or CIDRs, comma-separated.`,
            );
          const { result, reason } = await checkHost(cidr.network, domain, `postmaster@${domain}`, domain, spfLookup);
          spfRows.push([`sender ${sender}`, result]);
          if (result !== 'pass')
            add(
              {
                severity: 'error',
                rule: 'spf-sender-not-pass',
                message: `mail from ${sender} gets SPF ${result}${reason ? ` (${reason})` : ''}`,
                fix: `Add ip${cidr.network.includes(':') ? '6' : '4'}:${sender} or the sending service's include to the record.`,
              },
              where,
            );
        }
      }
    }
    if (spfRows.length) sections.push({ title: 'SPF', markdown: table(['Check', 'Value'], spfRows) });

    // DKIM.
    const selectors = inputs['dkim-selectors'].length ? inputs['dkim-selectors'] : COMMON_DKIM_SELECTORS;
    const dkimRows: string[][] = [];
    const dkimAnswers = await Promise.all(
      selectors.map(async (s) => ({ s, a: await dns.query(`${s}._domainkey.${domain}`, 'TXT') })),
    );
    let foundDkim = 0;
    for (const { s, a } of dkimAnswers) {
      if (a.status === 'error') {
        if (inputs['dkim-selectors'].length) couldNot(a, `DKIM ${s}`);
        continue;
      }
      const rec = a.values.find((v) => /(^|;)\s*(v=DKIM1|p=|k=)/i.test(v)) ?? a.values[0];
      if (!rec) {
        if (inputs['dkim-selectors'].length)
          add({
            severity: required.has('dkim') ? 'error' : 'warning',
            rule: 'dkim-missing',
            message: `no DKIM key at ${s}._domainkey.${domain}`,
            fix: "Publish the selector's key from your mail provider.",
          });
        continue;
      }
      foundDkim++;
      const res = checkDkim(rec);
      dkimRows.push([
        s,
        `${res.keyType ?? '?'}${res.keyBits ? ` ${res.keyBits} bits` : ''}`,
        res.problems.filter((p) => p.severity === 'error').length ? '❌' : res.problems.length ? '⚠️' : '✅',
      ]);
      for (const p of res.problems) add(p, at(a, a.values.indexOf(rec)), `DKIM ${s}`);
    }
    if (!inputs['dkim-selectors'].length && foundDkim === 0) {
      add({
        severity: required.has('dkim') ? 'error' : 'notice',
        rule: 'dkim-missing',
        message: `no DKIM key under the common selectors (${selectors.join(', ')})`,
        fix: 'Set dkim-selectors to the selector your provider uses, or publish its key.',
      });
    }
    if (dkimRows.length) sections.push({ title: 'DKIM', markdown: table(['Selector', 'Key', 'Verdict'], dkimRows) });

    // DMARC.
    const dmarcName = `_dmarc.${domain}`;
    const dmarc = await dns.query(dmarcName, 'TXT');
    const dmarcRecords = dmarc.values.map((v, i) => ({ v, i })).filter(({ v }) => /^v=DMARC1\s*(;|$)/i.test(v));
    const dmarcRows: string[][] = [];
    if (dmarc.status === 'error') couldNot(dmarc, 'DMARC');
    else if (dmarcRecords.length === 0) {
      const near = dmarc.values.find((v) => /dmarc/i.test(v));
      add(
        {
          severity: required.has('dmarc') ? 'error' : 'warning',
          rule: near ? 'dmarc-syntax' : 'dmarc-missing',
          message: near
            ? `the TXT at ${dmarcName} is not a DMARC record: ${near}`
            : `no DMARC record at ${dmarcName}: mailbox providers now require one for bulk senders`,
          fix: `Publish TXT ${dmarcName} "v=DMARC1; p=quarantine; rua=mailto:dmarc@${domain}".`,
        },
        at(dmarc),
      );
    } else if (dmarcRecords.length > 1) {
      add(
        {
          severity: 'error',
          rule: 'dmarc-multiple',
          message: `${dmarcRecords.length} DMARC records at ${dmarcName}; receivers then ignore DMARC`,
          fix: 'Keep one.',
        },
        at(dmarc, dmarcRecords[1].i),
      );
    } else {
      const { v, i } = dmarcRecords[0];
      const info = checkDmarc(v, domain, inputs['dmarc-min-policy']);
      dmarcRows.push(['record', `\`${v}\``], ['policy', info.policy ?? '—']);
      for (const p of info.problems) add(p, at(dmarc, i), 'DMARC');
      for (const other of info.externalReportDomains) {
        const authName = `${domain}._report._dmarc.${other}`;
        const auth = await dns.query(authName, 'TXT');
        const ok = auth.values.some((x) => /^v=DMARC1/i.test(x));
        dmarcRows.push([
          `reports to ${other}`,
          ok ? 'authorized' : auth.status === 'error' ? 'could not check' : 'NOT authorized',
        ]);
        if (auth.status === 'error') couldNot(auth, authName);
        else if (!ok)
          add(
            {
              severity: 'error',
              rule: 'dmarc-report-unauthorized',
              message: `reports go to ${other}, which has not authorized them (no v=DMARC1 at ${authName}); receivers drop those reports`,
              fix: `Ask ${other} to publish TXT ${authName} "v=DMARC1".`,
            },
            at(dmarc, i),
          );
      }
    }
    if (dmarcRows.length) sections.push({ title: 'DMARC', markdown: table(['Check', 'Value'], dmarcRows) });

    // Subdomains and dangling CNAMEs.
    const subRows: string[][] = [];
    for (const sub of inputs.subdomains) {
      const host = `${sub}.${domain}`;
      const { values, answer, chain } = await resolveFollowing(dns, host, 'A');
      const aaaa = values.length ? { values: [] as string[] } : await resolveFollowing(dns, host, 'AAAA');
      const resolved = values.length > 0 || aaaa.values.length > 0;
      subRows.push([
        host,
        chain.length ? chain.join(' → ') : '—',
        resolved ? [...values, ...aaaa.values].join(', ') : answer.status,
        resolved ? '✅' : '❌',
      ]);
      if (answer.status === 'error') couldNot(answer, host);
      else if (!resolved && chain.length)
        add({
          severity: 'error',
          rule: 'dangling-cname',
          message: `${host} is a CNAME to ${chain[chain.length - 1]}, which does not resolve: anyone who claims that name can serve pages on ${host}`,
          fix: `Remove the CNAME for ${host}, or point it at a live target.`,
        });
      else if (!resolved)
        add({
          severity: 'error',
          rule: 'subdomain-missing',
          message: `${host} does not resolve (${answer.status})`,
          fix: `Add an A/AAAA or CNAME record for ${host}.`,
        });
    }
    if (subRows.length)
      sections.push({ title: 'Subdomains', markdown: table(['Host', 'CNAME chain', 'Addresses', 'Verdict'], subRows) });

    // HTTPS.
    const ca = readCaFile(ctx.cwd, inputs['ca-file']);
    const httpsRows: string[][] = [];
    for (const host of inputs.https) {
      const r = await checkHttps(host, {
        ca,
        minDays: inputs['cert-min-days'],
        canonical: inputs['canonical-host'] || undefined,
        httpPort: inputs['http-port'],
        timeoutMs: Math.max(inputs['timeout-ms'], 5000),
      });
      httpsRows.push([
        host,
        r.issuer ?? '—',
        r.validTo ?? '—',
        r.daysLeft !== undefined ? String(r.daysLeft) : '—',
        r.hsts ?? 'none',
        r.problems.some((p) => p.severity === 'error')
          ? '❌'
          : r.problems.some((p) => p.severity === 'warning')
            ? '⚠️'
            : '✅',
      ]);
      for (const p of r.problems) add(p, {}, host);
      if (inputs['expect-proxy'] === 'cloudflare') {
        const name = host.replace(/:\d+$/, '');
        const ranges = inputs['proxy-ranges'].length ? inputs['proxy-ranges'] : CLOUDFLARE_RANGES.cidrs;
        const addrs = [
          ...(await resolveFollowing(dns, name, 'A')).values,
          ...(await resolveFollowing(dns, name, 'AAAA')).values,
        ];
        const outside = outsideRanges(addrs, ranges);
        if (addrs.length === 0)
          add(
            {
              severity: 'error',
              rule: 'edge-bypass',
              message: `${name} has no address to check against the proxy ranges`,
              fix: 'Proxy the record through Cloudflare (orange cloud).',
            },
            {},
            host,
          );
        else if (outside.length)
          add(
            {
              severity: 'error',
              rule: 'edge-bypass',
              message: `${name} resolves to ${outside.join(', ')}, outside Cloudflare's ranges (list of ${inputs['proxy-ranges'].length ? 'proxy-ranges' : CLOUDFLARE_RANGES.date}): visitors reach the origin directly, without the edge's TLS, cache and protection`,
              fix: `Turn the proxy on for ${name}, and firewall the origin to the proxy's ranges.`,
            },
            {},
            host,
          );
        if (r.headers && !r.headers['cf-ray'] && !/cloudflare/i.test(r.headers.server ?? ''))
          add(
            {
              severity: 'error',
              rule: 'edge-bypass',
              message: `https://${host}/ answered without Cloudflare's headers (cf-ray, server: cloudflare)`,
              fix: 'Proxy the host through Cloudflare.',
            },
            {},
            host,
          );
      }
    }
    if (httpsRows.length)
      sections.push({
        title: 'HTTPS',
        markdown: table(['Host', 'Issuer', 'Valid to', 'Days left', 'HSTS', 'Verdict'], httpsRows),
      });

    sections.unshift({ title: 'Source', markdown: `Checked ${domain} against ${dns.describe()}.` });
    return {
      findings,
      metrics: {
        domain,
        source: dns.describe(),
        spfRecords: spfRecords.length,
        dkimFound: foundDkim,
        dmarc: dmarcRecords.length === 1,
      },
      sections,
    };
  },
});

/** Follows a CNAME chain (at most 8 hops) to the records of `type`. */
async function resolveFollowing(
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

interface SpfTree {
  lookups: number;
  voids: number;
  lines: string[];
  loop?: string;
  errors: string[];
}

/** Walks include/redirect recursively, counting DNS-querying terms and void lookups, and drawing the tree. */
async function spfTree(domain: string, dns: DnsSource): Promise<SpfTree> {
  const tree: SpfTree = { lookups: 0, voids: 0, lines: [], errors: [] };
  const walk = async (name: string, depth: number, stack: string[]) => {
    const indent = '  '.repeat(depth);
    if (stack.includes(name)) {
      tree.loop ??= [...stack, name].join(' → ');
      tree.lines.push(`${indent}${name} (loop)`);
      return;
    }
    const txt = await dns.query(name, 'TXT');
    if (txt.status === 'error') {
      tree.errors.push(`could not check ${name}: ${txt.error}`);
      tree.lines.push(`${indent}${name} (could not check)`);
      return;
    }
    const records = txt.values.filter(isSpfRecord);
    if (records.length !== 1) {
      if (depth > 0) {
        tree.voids += txt.values.length === 0 ? 1 : 0;
        tree.errors.push(`${name} has ${records.length} SPF records`);
      }
      tree.lines.push(`${indent}${name} (${records.length} SPF records)`);
      return;
    }
    tree.lines.push(`${indent}${name}: ${records[0]}`);
    const parsed = parseSpf(records[0]);
    for (const term of parsed.terms) {
      if (!LOOKUP_TERMS.has(term.name)) continue;
      tree.lookups++;
      const target = term.value && !term.value.includes('%') ? bare(term.value) : name;
      if (term.name === 'include' || term.name === 'redirect') await walk(target, depth + 1, [...stack, name]);
      else if (term.name === 'a' || term.name === 'mx') {
        const answer = await dns.query(target, term.name === 'a' ? 'A' : 'MX');
        if (answer.status === 'nxdomain' || answer.status === 'nodata') {
          if (term.name === 'a') {
            const v6 = await dns.query(target, 'AAAA');
            if (v6.values.length) continue;
          }
          tree.voids++;
        }
      }
    }
  };
  await walk(domain, 0, []);
  return tree;
}
