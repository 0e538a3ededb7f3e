import { createPublicKey } from 'node:crypto';
import { table } from '../../core/markdown.js';
import { FindingList, type DnsRun, type Problem, type SectionResult } from './findings.js';

export type Tags = Map<string, string>;

/**
 * `k=v; k=v` tag lists (DKIM, DMARC), whitespace allowed around `=` and `;`; a malformed or repeated tag is an
 * error with its text. DKIM tag names are case-sensitive (RFC 6376 3.2); DMARC's are not, so they come lowercased.
 */
export function parseTags(
  record: string,
  opts: { lowerNames?: boolean } = {},
): { tags: Tags; order: string[]; error?: string } {
  const tags: Tags = new Map();
  const order: string[] = [];
  for (const raw of record.split(';')) {
    const part = raw.trim();
    if (!part) continue;
    const eq = part.indexOf('=');
    if (eq <= 0) return { tags, order, error: `malformed tag '${part}' (expected name=value)` };
    const written = part.slice(0, eq).trim();
    const name = opts.lowerNames ? written.toLowerCase() : written;
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) return { tags, order, error: `malformed tag name '${name}'` };
    if (tags.has(name)) return { tags, order, error: `tag '${name}' appears twice` };
    tags.set(name, part.slice(eq + 1).trim());
    order.push(name);
  }
  return { tags, order };
}

/** RFC 6376 (RSA) and RFC 8463 (Ed25519) key records; RFC 8301 sets RSA at 1024 bits at least. */
export function checkDkim(record: string): { problems: Problem[]; keyBits?: number; keyType?: string } {
  const problems: Problem[] = [];
  const { tags, order, error } = parseTags(record);
  if (error)
    return {
      problems: [
        {
          severity: 'error',
          rule: 'dkim-syntax',
          message: error,
          fix: 'Publish the record your mail provider gives, unchanged.',
        },
      ],
    };
  if (tags.has('v') && order[0] !== 'v')
    problems.push({
      severity: 'error',
      rule: 'dkim-syntax',
      message: 'v= must be the first tag',
      fix: 'Start the record with v=DKIM1;',
    });
  if (tags.has('v') && tags.get('v') !== 'DKIM1')
    problems.push({
      severity: 'error',
      rule: 'dkim-syntax',
      message: `v=${tags.get('v')} is not DKIM1`,
      fix: 'Use v=DKIM1.',
    });
  const k = (tags.get('k') ?? 'rsa').toLowerCase();
  if (k !== 'rsa' && k !== 'ed25519')
    problems.push({
      severity: 'error',
      rule: 'dkim-key-type',
      message: `k=${k} is not rsa or ed25519`,
      fix: 'Use k=rsa (or k=ed25519 alongside an RSA key).',
    });
  if (tags.get('t')?.split(':').includes('y'))
    problems.push({
      severity: 'warning',
      rule: 'dkim-testing',
      message: 't=y: receivers treat this key as a test and may ignore failures',
      fix: 'Remove t=y once signing works.',
    });
  if (!tags.has('p')) {
    problems.push({
      severity: 'error',
      rule: 'dkim-no-key',
      message: 'no p= tag',
      fix: 'Publish the public key in p=.',
    });
    return { problems };
  }
  const p = (tags.get('p') ?? '').replace(/\s+/g, '');
  if (p === '') {
    problems.push({
      severity: 'error',
      rule: 'dkim-revoked',
      message: 'p= is empty: the key is revoked, every signature with it fails',
      fix: 'Publish the current key, or sign with another selector.',
    });
    return { problems };
  }
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(p)) {
    problems.push({
      severity: 'error',
      rule: 'dkim-bad-key',
      message: 'p= is not base64',
      fix: 'Copy the key again from the provider.',
    });
    return { problems };
  }
  const der = Buffer.from(p, 'base64');
  if (k === 'ed25519') {
    if (der.length !== 32)
      problems.push({
        severity: 'error',
        rule: 'dkim-bad-key',
        message: `an Ed25519 key is 32 bytes, this one is ${der.length}`,
        fix: 'Copy the key again from the provider.',
      });
    return { problems, keyType: 'ed25519', keyBits: 256 };
  }
  let bits: number | undefined;
  try {
    const key = createPublicKey({ key: der, format: 'der', type: 'spki' });
    bits = key.asymmetricKeyDetails?.modulusLength;
  } catch {
    try {
      bits = createPublicKey({ key: der, format: 'der', type: 'pkcs1' }).asymmetricKeyDetails?.modulusLength;
    } catch (err) {
      problems.push({
        severity: 'error',
        rule: 'dkim-bad-key',
        message: `the key does not parse (${(err as Error).message})`,
        fix: 'Copy the key again from the provider; a TXT split in the middle of p= must be joined.',
      });
      return { problems, keyType: 'rsa' };
    }
  }
  if (bits !== undefined && bits < 1024)
    problems.push({
      severity: 'error',
      rule: 'dkim-weak-key',
      message: `RSA key of ${bits} bits: under 1024 bits receivers treat the signature as absent (RFC 8301)`,
      fix: 'Rotate to a 2048-bit key.',
    });
  else if (bits !== undefined && bits < 2048)
    problems.push({
      severity: 'warning',
      rule: 'dkim-weak-key',
      message: `RSA key of ${bits} bits; 2048 is recommended`,
      fix: 'Rotate to a 2048-bit key.',
    });
  return { problems, keyType: 'rsa', keyBits: bits };
}

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

/** The DKIM section: the key of each selector given, or of the common selectors, probed. */
export async function dkimSection(
  run: DnsRun,
  given: string[],
  required: boolean,
): Promise<SectionResult & { found: number }> {
  const { dns, domain } = run;
  const out = new FindingList(run);
  const selectors = given.length ? given : COMMON_DKIM_SELECTORS;
  const rows: string[][] = [];
  const answers = await Promise.all(
    selectors.map(async (s) => ({ s, a: await dns.query(`${s}._domainkey.${domain}`, 'TXT') })),
  );
  let found = 0;
  for (const { s, a } of answers) {
    if (a.status === 'error') {
      if (given.length) out.couldNotCheck(a, `DKIM ${s}`);
      continue;
    }
    const rec = a.values.find((v) => /(^|;)\s*(v=DKIM1|p=|k=)/i.test(v)) ?? a.values[0];
    if (!rec) {
      if (given.length)
        out.add({
          severity: required ? 'error' : 'warning',
          rule: 'dkim-missing',
          message: `no DKIM key at ${s}._domainkey.${domain}`,
          fix: "Publish the selector's key from your mail provider.",
        });
      continue;
    }
    found++;
    const res = checkDkim(rec);
    rows.push([
      s,
      `${res.keyType ?? '?'}${res.keyBits ? ` ${res.keyBits} bits` : ''}`,
      res.problems.some((p) => p.severity === 'error') ? '❌' : res.problems.length ? '⚠️' : '✅',
    ]);
    for (const p of res.problems) out.add(p, out.at(a, a.values.indexOf(rec)), `DKIM ${s}`);
  }
  if (!given.length && found === 0)
    out.add({
      severity: required ? 'error' : 'notice',
      rule: 'dkim-missing',
      message: `no DKIM key under the common selectors (${selectors.join(', ')})`,
      fix: 'Set dkim-selectors to the selector your provider uses, or publish its key.',
    });
  return {
    findings: out.findings,
    found,
    section: rows.length ? { title: 'DKIM', markdown: table(['Selector', 'Key', 'Verdict'], rows) } : undefined,
  };
}
