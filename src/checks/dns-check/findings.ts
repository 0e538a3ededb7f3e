import type { Finding, Severity } from '../../core/finding.js';
import type { Answer, DnsSource } from './dns-source.js';

interface CatalogEntry {
  /** The annotation's title when the finding has no subject of its own (a selector, a host). */
  title: string;
  /** The severities the finding can have, as the README states them. */
  severity: string;
  meaning: string;
  fix: string;
}

/**
 * Every finding the DNS, email and TLS gate reports, `area-problem` in kebab case. The README's findings table is
 * rendered from this list, and a finding whose id is not here fails the type check.
 */
export const DNS_FINDINGS = {
  'domain-missing': {
    title: 'Domain does not exist',
    severity: 'error',
    meaning: 'Every lookup of the domain answered NXDOMAIN; no other rule runs.',
    fix: 'Register the domain, or correct `domain`.',
  },
  'dns-error': {
    title: 'Could not check',
    severity:
      'error (warning past a limit: more than 10 MX records or report domains; notice for names outside a zone file)',
    meaning:
      'A lookup failed (timeout, SERVFAIL, refused), or a limit on lookups was reached, so the rule it served could not be checked: never taken as "missing".',
    fix: "Check `resolver` and the domain's nameservers, then run again.",
  },
  'record-mismatch': {
    title: 'Record differs from expect',
    severity: 'error',
    meaning: 'A record listed in `expect` is missing or holds another value (CNAME chains are followed).',
    fix: 'Point the record at the expected value at your DNS provider, or correct `expect`.',
  },
  'subdomain-missing': {
    title: 'Subdomain does not resolve',
    severity: 'error',
    meaning: 'A name in `subdomains` has no A, AAAA or CNAME.',
    fix: 'Add the record, or remove the name from `subdomains`.',
  },
  'dangling-cname': {
    title: 'Dangling CNAME',
    severity: 'error',
    meaning: 'A subdomain is a CNAME to a name that does not resolve: whoever claims that name serves your subdomain.',
    fix: 'Remove the CNAME, or point it at a live target.',
  },
  'mx-missing': {
    title: 'MX',
    severity: 'error with `require: mx`, else warning',
    meaning: 'The domain has no MX record, so replies and bounces to it are lost.',
    fix: "Add your mail provider's MX records, or a null MX (`0 .`) for a domain that takes no mail.",
  },
  'mx-target': {
    title: 'MX',
    severity: 'error',
    meaning: 'An MX points at an IP address, at a CNAME, or at a name with no A/AAAA.',
    fix: 'Point MX at the host names your mail provider gives.',
  },
  'spf-missing': {
    title: 'SPF',
    severity: 'error with `require: spf`, else warning',
    meaning: 'No `v=spf1` TXT record: receivers cannot tell your mail from forgeries.',
    fix: 'Publish `v=spf1 include:<provider> -all`; for a domain without MX (parked), `v=spf1 -all`.',
  },
  'spf-multiple': {
    title: 'SPF',
    severity: 'error',
    meaning: 'More than one `v=spf1` record: receivers return permerror and SPF fails for all mail.',
    fix: 'Merge them into one record.',
  },
  'spf-length': {
    title: 'SPF',
    severity: 'error (a string over 255 bytes), warning (a record over 450 characters)',
    meaning: 'A TXT string longer than DNS allows, or a record too long for one UDP answer.',
    fix: 'Split the record into quoted strings; flatten or shorten the includes.',
  },
  'spf-syntax': {
    title: 'SPF',
    severity: 'error',
    meaning: 'A term does not parse (RFC 7208 section 5); the message gives its character position.',
    fix: 'Correct the term.',
  },
  'spf-permissive-all': {
    title: 'SPF',
    severity: 'error',
    meaning: '`+all` or `?all` lets anyone send as the domain.',
    fix: 'End with `-all` (or `~all` while testing).',
  },
  'spf-no-all': {
    title: 'SPF',
    severity: 'warning',
    meaning: 'No `all` and no `redirect`: unlisted senders get neutral.',
    fix: 'End with `-all` (or `~all` while testing).',
  },
  'spf-ptr': {
    title: 'SPF',
    severity: 'warning',
    meaning: '`ptr` is deprecated (RFC 7208 section 5.5): slow, and many receivers skip it.',
    fix: 'Replace `ptr` with `ip4`/`ip6` or an include.',
  },
  'spf-too-many-lookups': {
    title: 'SPF',
    severity: 'error',
    meaning:
      'More than 10 DNS-querying terms through includes and redirects: a permerror (RFC 7208 section 4.6.4). The walk stops there.',
    fix: 'Remove unused includes, or replace some with `ip4`/`ip6` ranges.',
  },
  'spf-void-lookups': {
    title: 'SPF',
    severity: 'error',
    meaning: 'More than 2 lookups that return nothing: a permerror. The walk stops there.',
    fix: 'Remove includes and `a`/`mx` terms of names that do not exist.',
  },
  'spf-loop': {
    title: 'SPF',
    severity: 'error',
    meaning: 'An include or redirect leads back to a record already on the path.',
    fix: 'Remove the include that points back.',
  },
  'spf-include-error': {
    title: 'SPF',
    severity: 'error (notice for names outside a zone file)',
    meaning: 'An included domain has no SPF record, several, or could not be looked up.',
    fix: 'Check the included domain.',
  },
  'spf-sender-not-pass': {
    title: 'SPF',
    severity: 'error',
    meaning: 'An address in `spf-senders` does not get SPF pass from RFC 7208 `check_host()`.',
    fix: "Add its `ip4`/`ip6`, or the sending service's include.",
  },
  'dkim-missing': {
    title: 'DKIM',
    severity: 'error with `require: dkim`; else warning (selectors given) or notice (none found when probing)',
    meaning: "No DKIM key under the selectors given, or under the common providers' selectors.",
    fix: "Publish the selector's key, or set `dkim-selectors` to your provider's selector.",
  },
  'dkim-syntax': {
    title: 'DKIM',
    severity: 'error',
    meaning: 'A malformed tag list, `v=` not first, or `v=` other than DKIM1.',
    fix: 'Publish the record your mail provider gives, unchanged.',
  },
  'dkim-key-type': {
    title: 'DKIM',
    severity: 'error',
    meaning: '`k=` is neither `rsa` nor `ed25519`.',
    fix: 'Use `k=rsa` (or `k=ed25519` beside an RSA key).',
  },
  'dkim-testing': {
    title: 'DKIM',
    severity: 'warning',
    meaning: '`t=y`: receivers treat the key as a test and may ignore failures.',
    fix: 'Remove `t=y` once signing works.',
  },
  'dkim-no-key': {
    title: 'DKIM',
    severity: 'error',
    meaning: 'No `p=` tag.',
    fix: 'Publish the public key in `p=`.',
  },
  'dkim-revoked': {
    title: 'DKIM',
    severity: 'error',
    meaning: 'An empty `p=`: the key is revoked and every signature with it fails.',
    fix: 'Publish the current key, or sign with another selector.',
  },
  'dkim-bad-key': {
    title: 'DKIM',
    severity: 'error',
    meaning: '`p=` is not base64, or not a key (often a TXT split in the middle of `p=`).',
    fix: 'Copy the key again from the provider.',
  },
  'dkim-weak-key': {
    title: 'DKIM',
    severity: 'error under 1024 bits (RFC 8301), warning under 2048',
    meaning: 'An RSA key too short to be trusted.',
    fix: 'Rotate to a 2048-bit key.',
  },
  'dmarc-missing': {
    title: 'DMARC',
    severity: 'error with `require: dmarc`, else warning',
    meaning: 'No DMARC record at `_dmarc.<domain>`: mailbox providers require one from bulk senders.',
    fix: 'Publish `v=DMARC1; p=quarantine; rua=mailto:dmarc@<domain>`.',
  },
  'dmarc-multiple': {
    title: 'DMARC',
    severity: 'error',
    meaning: 'More than one DMARC record: receivers then ignore DMARC.',
    fix: 'Keep one.',
  },
  'dmarc-syntax': {
    title: 'DMARC',
    severity: 'error',
    meaning: 'The record breaks the grammar of RFC 7489 / RFC 9989: `v=DMARC1` not first, a malformed or repeated tag.',
    fix: 'Start from `v=DMARC1; p=quarantine; rua=mailto:dmarc@<domain>`.',
  },
  'dmarc-policy': {
    title: 'DMARC',
    severity:
      'error (no policy, or weaker than `dmarc-min-policy`), warning (`rua` without `p`: treated as `p=none`), notice (`p=none`)',
    meaning: 'The policy is missing, invalid, weaker than required, or only monitors.',
    fix: 'Set `p=quarantine` (or `reject` once reports look clean).',
  },
  'dmarc-tag-value': {
    title: 'DMARC',
    severity: 'error',
    meaning:
      'A tag with a defined value set (`sp`, `np`, `adkim`, `aspf`, `fo`, `psd`, `t`, `pct`, `ri`, `rf`) has a value outside it; receivers ignore the tag or the record.',
    fix: 'Use a value the message lists for that tag.',
  },
  'dmarc-unknown-tag': {
    title: 'DMARC',
    severity: 'notice',
    meaning: 'A tag neither RFC 7489 nor RFC 9989 defines (often a typo): receivers ignore it.',
    fix: 'Correct or remove the tag.',
  },
  'dmarc-report-uri': {
    title: 'DMARC',
    severity: 'error',
    meaning: 'A `rua`/`ruf` destination is not a `mailto:` address.',
    fix: 'Use `mailto:dmarc@<domain>`.',
  },
  'dmarc-no-reports': {
    title: 'DMARC',
    severity: 'warning',
    meaning: 'No `rua=`: you will not see who sends mail as your domain.',
    fix: 'Add `rua=mailto:dmarc@<domain>`.',
  },
  'dmarc-removed-tag': {
    title: 'DMARC',
    severity: 'warning',
    meaning: '`pct`, `rf` and `ri` are removed by RFC 9989 and ignored by receivers that follow it.',
    fix: 'Remove them (use `t=y` to test a policy instead of `pct`).',
  },
  'dmarc-report-unauthorized': {
    title: 'DMARC',
    severity: 'error',
    meaning:
      'Reports go to another organizational domain (by the Public Suffix List) that has not published `<domain>._report._dmarc.<other>`; receivers drop them.',
    fix: 'Ask the report receiver to publish that record with `v=DMARC1`.',
  },
  'https-unreachable': {
    title: 'HTTPS',
    severity: 'error',
    meaning: 'No TLS handshake (refused, timed out, not TLS): nothing about the host could be checked.',
    fix: 'Serve HTTPS on the port with a certificate for the name.',
  },
  'https-no-answer': {
    title: 'HTTPS',
    severity: 'error',
    meaning:
      'The handshake worked but the home page sent no HTTP answer in time (or its certificate was refused), so the canonical host, HSTS and mixed content could not be checked.',
    fix: 'Make the home page answer (or fix the certificate); check the server and what sits in front of it.',
  },
  'https-untrusted': {
    title: 'HTTPS',
    severity: 'error',
    meaning: 'The chain does not lead to a trusted CA (the system CAs, plus `ca-file`).',
    fix: 'Serve the full chain from a public CA, or pass `ca-file` for a private one.',
  },
  'https-wrong-host': {
    title: 'HTTPS',
    severity: 'error',
    meaning: 'The certificate does not name the host.',
    fix: 'Issue a certificate that names the host.',
  },
  'https-expired': {
    title: 'HTTPS',
    severity: 'error',
    meaning: 'The certificate has expired.',
    fix: 'Renew it now, and check that automatic renewal runs.',
  },
  'https-expiring': {
    title: 'HTTPS',
    severity: 'error under `cert-min-days`, warning under twice that',
    meaning: 'The certificate expires soon.',
    fix: 'Renew it, and check that automatic renewal runs.',
  },
  'https-no-hsts': {
    title: 'HTTPS',
    severity: 'notice',
    meaning: 'No `Strict-Transport-Security` header.',
    fix: 'Send `Strict-Transport-Security: max-age=31536000` once HTTPS works everywhere.',
  },
  'https-not-canonical': {
    title: 'HTTPS',
    severity: 'error',
    meaning: 'A host other than `canonical-host` does not answer with a 301/308 to it.',
    fix: 'Redirect every request to the canonical host with 301 or 308.',
  },
  'http-not-redirected': {
    title: 'HTTPS',
    severity: 'error (no redirect to https), warning (302/307, or port 80 closed)',
    meaning: 'Plain `http://` does not send visitors to `https://` for good.',
    fix: 'Redirect all plain HTTP to HTTPS with 301 or 308.',
  },
  'mixed-content': {
    title: 'HTTPS',
    severity: 'error',
    meaning: 'The home page loads a script, style, image, frame or form target over `http://`; browsers block or warn.',
    fix: 'Load it over `https://` (or a relative URL).',
  },
  'edge-bypass': {
    title: 'HTTPS',
    severity: 'error',
    meaning:
      "With `expect-proxy: cloudflare`, a host resolves outside the edge's ranges or answers without its headers: visitors reach the origin directly.",
    fix: "Turn the proxy on for the host, and firewall the origin to the proxy's ranges.",
  },
} as const satisfies Record<string, CatalogEntry>;

export type DnsFindingId = keyof typeof DNS_FINDINGS;

/** One problem a rule found: its catalog id, and the message and fix for this occurrence. */
export interface Problem {
  severity: Severity;
  rule: DnsFindingId;
  message: string;
  fix: string;
}

/** What one section of the check returns: its findings and its summary table, if it has rows. */
export interface SectionResult {
  findings: Finding[];
  section?: { title: string; markdown: string };
}

/** What every section works on: the domain, where its records come from, and the zone file's name if any. */
export interface DnsRun {
  domain: string;
  dns: DnsSource;
  zoneFile?: string;
}

/** Builds one section's findings, each placed on its zone-file line when the answer came from a zone file. */
export class FindingList {
  readonly findings: Finding[] = [];
  private readonly zoneFile?: string;
  constructor(run: DnsRun) {
    this.zoneFile = run.zoneFile;
  }

  /** The zone-file line of an answer's `index`th value, as a finding location. */
  at(answer?: Answer, index = 0): { file?: string; line?: number } {
    return this.zoneFile && answer?.lines?.[index] ? { file: this.zoneFile, line: answer.lines[index] } : {};
  }

  add(p: Problem, where: { file?: string; line?: number } = {}, subject = ''): void {
    this.findings.push({
      ruleId: p.rule,
      severity: p.severity,
      title: subject || DNS_FINDINGS[p.rule].title,
      message: `${p.message}. Fix: ${p.fix}`,
      ...where,
    });
  }

  /** A failed lookup: an error, or a notice for a name a zone file does not hold. */
  couldNotCheck(answer: Answer, what: string): void {
    this.findings.push({
      ruleId: 'dns-error' satisfies DnsFindingId,
      severity: answer.outsideZone ? 'notice' : 'error',
      title: `Could not check ${what}`,
      message: answer.error ?? 'DNS error',
    });
  }
}

/** The Found and Verdict cells of a lookup that failed: outside the zone file, or could not check. */
export function notChecked(answer: Answer): { found: string; verdict: string } {
  return answer.outsideZone
    ? { found: 'not checked (outside the zone)', verdict: '—' }
    : { found: `could not check (${answer.error ?? 'DNS error'})`, verdict: '❌' };
}

/** The README's table of DNS findings, rendered from the catalog. */
export function dnsFindingsTable(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const rows = ['| Finding | Severity | What it means | Fix |', '| --- | --- | --- | --- |'];
  for (const [id, f] of Object.entries(DNS_FINDINGS) as [DnsFindingId, CatalogEntry][])
    rows.push(`| \`${id}\` | ${cell(f.severity)} | ${cell(f.meaning)} | ${cell(f.fix)} |`);
  return rows.join('\n');
}
