import { UserError } from '../../core/errors.js';
import { table } from '../../core/markdown.js';
import { bare, type DnsSource } from './dns-source.js';
import { FindingList, type DnsRun, type SectionResult } from './findings.js';
import { codeSpan, preformatted } from './summary-text.js';
import { LOOKUP_TERMS, checkHost, isSpfRecord, parseCidr, parseSpf } from './spf.js';

/** RFC 7208 4.6.4: past these, evaluation ends in permerror, so the walk ends there too. */
const MAX_LOOKUPS = 10;
const MAX_VOIDS = 2;

interface SpfTree {
  lookups: number;
  voids: number;
  lines: string[];
  /** The term at which a limit was passed and the walk stopped. */
  stoppedAt?: string;
  loop?: string;
  /** Included names that could not be checked (`outsideZone`: not in the zone file) or hold no single record. */
  errors: { message: string; outsideZone?: true }[];
}

/**
 * Walks include/redirect recursively, counting DNS-querying terms and void lookups, and drawing the tree. It stops
 * at the 11th lookup or the 3rd void, so a hostile tree (six includes each including six more) costs at most about
 * a dozen questions.
 */
export async function spfTree(domain: string, dns: DnsSource): Promise<SpfTree> {
  const tree: SpfTree = { lookups: 0, voids: 0, lines: [], errors: [] };
  const over = () => tree.lookups > MAX_LOOKUPS || tree.voids > MAX_VOIDS;
  const walk = async (name: string, depth: number, stack: string[]) => {
    const indent = '  '.repeat(depth);
    if (stack.includes(name)) {
      tree.loop ??= [...stack, name].join(' → ');
      tree.lines.push(`${indent}${name} (loop)`);
      return;
    }
    const txt = await dns.query(name, 'TXT');
    if (txt.status === 'error') {
      tree.errors.push({ message: `could not check ${name}: ${txt.error}`, outsideZone: txt.outsideZone });
      tree.lines.push(`${indent}${name} (could not check)`);
      return;
    }
    const records = txt.values.filter(isSpfRecord);
    if (records.length !== 1) {
      if (depth > 0) {
        tree.voids += txt.values.length === 0 ? 1 : 0;
        tree.errors.push({ message: `${name} has ${records.length} SPF records` });
      }
      tree.lines.push(`${indent}${name} (${records.length} SPF records)`);
      return;
    }
    tree.lines.push(`${indent}${name}: ${records[0]}`);
    for (const term of parseSpf(records[0]).terms) {
      if (over()) return;
      if (!LOOKUP_TERMS.has(term.name)) continue;
      tree.lookups++;
      if (over()) {
        tree.stoppedAt = `${term.text} in ${name}`;
        tree.lines.push(
          `${indent}  (stopped: ${term.text} is lookup ${tree.lookups}, over the limit of ${MAX_LOOKUPS})`,
        );
        return;
      }
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
          if (tree.voids > MAX_VOIDS) {
            tree.stoppedAt = `${term.text} in ${name}`;
            tree.lines.push(
              `${indent}  (stopped: ${term.text} is void lookup ${tree.voids}, over the limit of ${MAX_VOIDS})`,
            );
          }
        }
      }
    }
  };
  await walk(domain, 0, []);
  return tree;
}

/**
 * The SPF section: one `v=spf1` record, its syntax, length and `all`, the include tree within RFC 7208's limits,
 * and `check_host()` for each sender that must pass. `parked`: the domain takes no mail (no MX, or a null MX).
 */
export async function spfSection(
  run: DnsRun,
  opts: { senders: string[]; required: boolean; parked: boolean },
): Promise<SectionResult & { records: number }> {
  const { dns, domain } = run;
  const out = new FindingList(run);
  const txt = await dns.query(domain, 'TXT');
  const spfRecords = txt.values.map((v, i) => ({ v, i })).filter(({ v }) => isSpfRecord(v));
  const rows: string[][] = [];
  const result = () => ({
    findings: out.findings,
    records: spfRecords.length,
    section: rows.length ? { title: 'SPF', markdown: table(['Check', 'Value'], rows) } : undefined,
  });
  if (txt.status === 'error') {
    out.couldNotCheck(txt, 'SPF');
    return result();
  }
  if (spfRecords.length === 0) {
    out.add({
      severity: opts.required ? 'error' : 'warning',
      rule: 'spf-missing',
      message: `${domain} has no SPF record: receivers cannot tell your mail from forgeries`,
      fix: opts.parked
        ? `Publish TXT "v=spf1 -all": ${domain} takes no mail, so no one may send as it (if it does send, "v=spf1 include:<your provider> -all").`
        : 'Publish TXT "v=spf1 include:<your provider> -all".',
    });
    return result();
  }
  if (spfRecords.length > 1) {
    out.add(
      {
        severity: 'error',
        rule: 'spf-multiple',
        message: `${domain} has ${spfRecords.length} SPF records; receivers then return permerror and SPF fails for all mail`,
        fix: 'Merge them into one record.',
      },
      out.at(txt, spfRecords[1].i),
    );
    return result();
  }
  const { v: record, i } = spfRecords[0];
  const where = out.at(txt, i);
  rows.push(['record', codeSpan(record)]);
  for (const s of txt.txtStrings?.[i] ?? [])
    if (Buffer.byteLength(s) > 255)
      out.add(
        {
          severity: 'error',
          rule: 'spf-length',
          message: `a TXT string of ${Buffer.byteLength(s)} bytes; one string holds at most 255`,
          fix: 'Split the record into several quoted strings.',
        },
        where,
      );
  if (record.length > 450)
    out.add(
      {
        severity: 'warning',
        rule: 'spf-length',
        message: `the record is ${record.length} characters; over about 450 the answer may not fit one UDP packet`,
        fix: 'Flatten or shorten the includes.',
      },
      where,
    );
  const parsed = parseSpf(record);
  if (parsed.error) {
    out.add(
      {
        severity: 'error',
        rule: 'spf-syntax',
        message: `at character ${parsed.error.position}: ${parsed.error.message}`,
        fix: 'Correct the term; see RFC 7208 section 5.',
      },
      where,
    );
    return result();
  }
  const all = parsed.terms.find((t) => t.name === 'all');
  if (all && (all.qualifier === '+' || all.qualifier === '?'))
    out.add(
      {
        severity: 'error',
        rule: 'spf-permissive-all',
        message: `${all.text} lets anyone send as ${domain}`,
        fix: 'End with -all (or ~all while testing).',
      },
      where,
    );
  if (!all && !parsed.terms.some((t) => t.name === 'redirect'))
    out.add(
      {
        severity: 'warning',
        rule: 'spf-no-all',
        message: 'the record has no all mechanism, so unlisted senders get neutral',
        fix: 'End with -all (or ~all while testing).',
      },
      where,
    );
  if (parsed.terms.some((t) => t.name === 'ptr'))
    out.add(
      {
        severity: 'warning',
        rule: 'spf-ptr',
        message: 'ptr is deprecated (RFC 7208 5.5): slow, and many receivers skip it',
        fix: 'Replace ptr with ip4/ip6 or include.',
      },
      where,
    );

  const tree = await spfTree(domain, dns);
  const stopped = tree.stoppedAt ? ` (the walk stopped at ${tree.stoppedAt})` : '';
  rows.push(
    [
      `DNS-querying terms (limit ${MAX_LOOKUPS})`,
      tree.lookups > MAX_LOOKUPS ? `over ${MAX_LOOKUPS}${stopped}` : String(tree.lookups),
    ],
    [`void lookups (limit ${MAX_VOIDS})`, tree.voids > MAX_VOIDS ? `over ${MAX_VOIDS}${stopped}` : String(tree.voids)],
    ['include tree', preformatted(tree.lines)],
  );
  if (tree.lookups > MAX_LOOKUPS)
    out.add(
      {
        severity: 'error',
        rule: 'spf-too-many-lookups',
        message: `more than ${MAX_LOOKUPS} DNS-querying terms through includes and redirects${stopped}; that is a permerror and SPF fails for all mail`,
        fix: 'Remove unused includes, or replace some with ip4/ip6 ranges.',
      },
      where,
    );
  if (tree.voids > MAX_VOIDS)
    out.add(
      {
        severity: 'error',
        rule: 'spf-void-lookups',
        message: `more than ${MAX_VOIDS} lookups return nothing${stopped}; that is a permerror`,
        fix: 'Remove includes and a/mx terms of names that do not exist.',
      },
      where,
    );
  if (tree.loop)
    out.add(
      {
        severity: 'error',
        rule: 'spf-loop',
        message: `include/redirect loop: ${tree.loop}`,
        fix: 'Remove the include that points back.',
      },
      where,
    );
  for (const e of tree.errors)
    out.add(
      {
        severity: e.outsideZone ? 'notice' : 'error',
        rule: 'spf-include-error',
        message: e.message,
        fix: 'Check the included domain.',
      },
      where,
    );

  const lookup = (name: string, type: 'A' | 'AAAA' | 'MX' | 'TXT' | 'PTR') => dns.query(name, type);
  for (const sender of opts.senders) {
    const cidr = parseCidr(sender);
    if (!cidr)
      throw new UserError(
        `Input 'spf-senders' got ${JSON.stringify(sender)}; accepted: IP addresses or CIDRs, comma-separated.`,
      );
    const { result: spf, reason } = await checkHost(cidr.network, domain, `postmaster@${domain}`, domain, lookup);
    rows.push([`sender ${sender}`, spf]);
    if (spf !== 'pass')
      out.add(
        {
          severity: 'error',
          rule: 'spf-sender-not-pass',
          message: `mail from ${sender} gets SPF ${spf}${reason ? ` (${reason})` : ''}`,
          fix: `Add ip${cidr.network.includes(':') ? '6' : '4'}:${sender} or the sending service's include to the record.`,
        },
        where,
      );
  }
  return result();
}
