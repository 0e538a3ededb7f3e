import { getDomain } from 'tldts';
import { table } from '../../core/markdown.js';
import { parseTags } from './dkim.js';
import { codeSpan } from './summary-text.js';
import { FindingList, type DnsFindingId, type DnsRun, type Problem, type SectionResult } from './findings.js';

const POLICIES = ['none', 'quarantine', 'reject'] as const;

/**
 * The tags of RFC 7489 and RFC 9989 whose values come from a defined set, each with a test and the set as the error
 * message names it. Values are case-insensitive (quoted strings in ABNF).
 */
const VALUE_SETS: Record<string, { valid: (v: string) => boolean; accepted: string }> = {
  p: { valid: (v) => (POLICIES as readonly string[]).includes(v), accepted: 'none, quarantine or reject' },
  sp: { valid: (v) => (POLICIES as readonly string[]).includes(v), accepted: 'none, quarantine or reject' },
  np: { valid: (v) => (POLICIES as readonly string[]).includes(v), accepted: 'none, quarantine or reject' },
  adkim: { valid: (v) => v === 'r' || v === 's', accepted: 'r (relaxed) or s (strict)' },
  aspf: { valid: (v) => v === 'r' || v === 's', accepted: 'r (relaxed) or s (strict)' },
  fo: { valid: (v) => /^[01ds](\s*:\s*[01ds])*$/.test(v), accepted: 'a colon-separated list of 0, 1, d and s' },
  psd: { valid: (v) => v === 'y' || v === 'n' || v === 'u', accepted: 'y, n or u' },
  t: { valid: (v) => v === 'y' || v === 'n', accepted: 'y or n' },
  pct: { valid: (v) => /^\d{1,3}$/.test(v) && Number(v) <= 100, accepted: 'an integer from 0 to 100' },
  ri: { valid: (v) => /^\d{1,10}$/.test(v) && Number(v) <= 0xffffffff, accepted: 'a number of seconds (32 bits)' },
  rf: { valid: (v) => /^afrf(\s*:\s*afrf)*$/.test(v), accepted: 'afrf, the one registered format' },
};
const OTHER_TAGS = new Set(['v', 'rua', 'ruf']);
/** Report domains whose authorization is looked up: the list is someone's DNS, so its cost is bounded. */
const MAX_REPORT_DOMAINS = 10;
/** Removed by RFC 9989: receivers that follow it ignore them. */
const REMOVED_TAGS = ['pct', 'rf', 'ri'];

/** A DMARC record: `v=DMARC1` first, whitespace allowed around `=` and `;`, the name and version in any case. */
export function isDmarcRecord(txt: string): boolean {
  return /^v\s*=\s*DMARC1\s*(;|$)/i.test(txt);
}

export interface DmarcInfo {
  problems: Problem[];
  /** The policy receivers apply: `p`, or none when only `rua` is given. */
  policy?: string;
  /** Report destinations in other organizational domains, whose authorization record must be checked. */
  externalReportDomains: string[];
}

/** Whether two names belong to one organization: the same registrable domain by the Public Suffix List. */
export function sameOrganization(a: string, b: string): boolean {
  const org = (name: string) => getDomain(name, { allowPrivateDomains: true }) ?? name.toLowerCase();
  return org(a) === org(b);
}

/** Checks one DMARC record against the grammar of RFC 7489 and RFC 9989 and the policy the gate requires. */
export function checkDmarc(record: string, domain: string, minPolicy: string): DmarcInfo {
  const problems: Problem[] = [];
  const external = new Set<string>();
  const { tags, order, error } = parseTags(record, { lowerNames: true });
  if (error)
    return {
      problems: [
        {
          severity: 'error',
          rule: 'dmarc-syntax',
          message: error,
          fix: 'Start from v=DMARC1; p=quarantine; rua=mailto:dmarc@yourdomain',
        },
      ],
      externalReportDomains: [],
    };
  if (order[0] !== 'v' || tags.get('v')?.toUpperCase() !== 'DMARC1')
    problems.push({
      severity: 'error',
      rule: 'dmarc-syntax',
      message: 'the record must start with v=DMARC1',
      fix: 'Start the record with v=DMARC1;',
    });
  const value = (tag: string) => tags.get(tag)?.toLowerCase();
  for (const [tag, set] of Object.entries(VALUE_SETS)) {
    const v = value(tag);
    if (v === undefined || tag === 'p' || set.valid(v)) continue;
    problems.push({
      severity: 'error',
      rule: 'dmarc-tag-value',
      message: `${tag}=${tags.get(tag)} is not valid; ${tag} accepts ${set.accepted}`,
      fix: `Correct ${tag}= (or remove it to get its default).`,
    });
  }
  for (const tag of order)
    if (!(tag in VALUE_SETS) && !OTHER_TAGS.has(tag))
      problems.push({
        severity: 'notice',
        rule: 'dmarc-unknown-tag',
        message: `${tag}= is not a DMARC tag (RFC 7489, RFC 9989); receivers ignore it`,
        fix: `Correct or remove ${tag}=.`,
      });

  let policy = value('p');
  if (policy === undefined && tags.has('rua')) {
    // RFC 7489 6.6.3 and RFC 9989: a record with reports but no policy is applied as p=none.
    policy = 'none';
    problems.push({
      severity: 'warning',
      rule: 'dmarc-policy',
      message: 'no p= tag: receivers treat the record as p=none, which only monitors',
      fix: 'Add p=none explicitly, then move to p=quarantine once the rua reports show only your senders.',
    });
  }
  if (!policy || !VALUE_SETS.p.valid(policy)) {
    problems.push({
      severity: 'error',
      rule: 'dmarc-policy',
      message: policy ? `p=${policy} is not none, quarantine or reject` : 'no p= policy',
      fix: 'Set p=quarantine (or reject once reports look clean).',
    });
    policy = undefined;
  } else if (POLICIES.indexOf(policy as never) < POLICIES.indexOf(minPolicy as never)) {
    problems.push({
      severity: 'error',
      rule: 'dmarc-policy',
      message: `p=${policy} is weaker than the required ${minPolicy}`,
      fix: `Set p=${minPolicy}.`,
    });
  } else if (policy === 'none' && tags.has('p')) {
    problems.push({
      severity: 'notice',
      rule: 'dmarc-policy',
      message: 'p=none only monitors: spoofed mail is still delivered',
      fix: 'Move to p=quarantine once the rua reports show only your senders.',
    });
  }

  for (const t of ['rua', 'ruf']) {
    const v = tags.get(t);
    if (v === undefined) continue;
    for (const uri of v.split(',').map((s) => s.trim())) {
      const m = /^mailto:([^@\s!]+)@([^\s!]+?)(?:!\d+[kmgt]?)?$/i.exec(uri);
      if (!m) {
        problems.push({
          severity: 'error',
          rule: 'dmarc-report-uri',
          message: `${t} URI '${uri}' is not a mailto: address`,
          fix: `Use ${t}=mailto:dmarc@${domain}`,
        });
        continue;
      }
      const target = m[2].toLowerCase();
      if (!sameOrganization(target, domain)) external.add(target);
    }
  }
  if (!tags.has('rua'))
    problems.push({
      severity: 'warning',
      rule: 'dmarc-no-reports',
      message: 'no rua=: you will not see who sends mail as your domain',
      fix: `Add rua=mailto:dmarc@${domain}`,
    });
  for (const t of REMOVED_TAGS) {
    if (tags.has(t))
      problems.push({
        severity: 'warning',
        rule: 'dmarc-removed-tag',
        message: `${t}= is removed by RFC 9989 and ignored by receivers that follow it`,
        fix: `Remove ${t}=${t === 'pct' ? ' (use t=y to test a policy instead)' : ''}.`,
      });
  }
  return { problems, policy, externalReportDomains: [...external] };
}

/** The DMARC section: one record at _dmarc.<domain>, its grammar and policy, and who may receive its reports. */
export async function dmarcSection(
  run: DnsRun,
  minPolicy: string,
  required: boolean,
): Promise<SectionResult & { found: boolean }> {
  const { dns, domain } = run;
  const out = new FindingList(run);
  const name = `_dmarc.${domain}`;
  const answer = await dns.query(name, 'TXT');
  const records = answer.values.map((v, i) => ({ v, i })).filter(({ v }) => isDmarcRecord(v));
  const rows: string[][] = [];
  if (answer.status === 'error') out.couldNotCheck(answer, 'DMARC');
  else if (records.length === 0) {
    const near = answer.values.find((v) => /dmarc/i.test(v));
    out.add(
      {
        severity: required ? 'error' : 'warning',
        rule: near ? 'dmarc-syntax' : 'dmarc-missing',
        message: near
          ? `the TXT at ${name} is not a DMARC record: ${near}`
          : `no DMARC record at ${name}: mailbox providers now require one for bulk senders`,
        fix: `Publish TXT ${name} "v=DMARC1; p=quarantine; rua=mailto:dmarc@${domain}".`,
      },
      out.at(answer),
    );
  } else if (records.length > 1) {
    out.add(
      {
        severity: 'error',
        rule: 'dmarc-multiple',
        message: `${records.length} DMARC records at ${name}; receivers then ignore DMARC`,
        fix: 'Keep one.',
      },
      out.at(answer, records[1].i),
    );
  } else {
    const { v, i } = records[0];
    const info = checkDmarc(v, domain, minPolicy);
    rows.push(['record', codeSpan(v)], ['policy', info.policy ?? '—']);
    for (const p of info.problems) out.add(p, out.at(answer, i), 'DMARC');
    const external = info.externalReportDomains;
    if (external.length > MAX_REPORT_DOMAINS)
      out.findings.push({
        ruleId: 'dns-error' satisfies DnsFindingId,
        severity: 'warning',
        title: 'Could not check every report destination',
        message: `reports go to ${external.length} other domains; only the first ${MAX_REPORT_DOMAINS} were checked for authorization. Fix: send reports to one or two destinations.`,
      });
    for (const other of external.slice(0, MAX_REPORT_DOMAINS)) {
      const authName = `${domain}._report._dmarc.${other}`;
      const auth = await dns.query(authName, 'TXT');
      const ok = auth.values.some(isDmarcRecord);
      rows.push([
        `reports to ${other}`,
        ok ? 'authorized' : auth.status === 'error' ? 'could not check' : 'NOT authorized',
      ]);
      if (auth.status === 'error') out.couldNotCheck(auth, authName);
      else if (!ok)
        out.add(
          {
            severity: 'error',
            rule: 'dmarc-report-unauthorized',
            message: `reports go to ${other}, which has not authorized them (no v=DMARC1 at ${authName}); receivers drop those reports`,
            fix: `Ask ${other} to publish TXT ${authName} "v=DMARC1".`,
          },
          out.at(answer, i),
        );
    }
  }
  return {
    findings: out.findings,
    found: records.length === 1,
    section: rows.length ? { title: 'DMARC', markdown: table(['Check', 'Value'], rows) } : undefined,
  };
}
