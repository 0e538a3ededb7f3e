import { createPublicKey } from 'node:crypto';

export type Tags = Map<string, string>;

/** `k=v; k=v` tag lists (DKIM, DMARC); a malformed tag is an error with its text. */
export function parseTags(record: string): { tags: Tags; order: string[]; error?: string } {
  const tags: Tags = new Map();
  const order: string[] = [];
  for (const raw of record.split(';')) {
    const part = raw.trim();
    if (!part) continue;
    const eq = part.indexOf('=');
    if (eq <= 0) return { tags, order, error: `malformed tag '${part}' (expected name=value)` };
    const name = part.slice(0, eq).trim();
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) return { tags, order, error: `malformed tag name '${name}'` };
    if (tags.has(name)) return { tags, order, error: `tag '${name}' appears twice` };
    tags.set(name, part.slice(eq + 1).trim());
    order.push(name);
  }
  return { tags, order };
}

export interface Problem {
  severity: 'error' | 'warning' | 'notice';
  rule: string;
  message: string;
  fix: string;
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

const POLICIES = ['none', 'quarantine', 'reject'];

export interface DmarcInfo {
  problems: Problem[];
  policy?: string;
  /** Report destinations in other domains, whose authorization record must be checked. */
  externalReportDomains: string[];
}

/** RFC 7489 and RFC 9989 (its 2026 successor, which removes pct, rf and ri). */
export function checkDmarc(record: string, domain: string, minPolicy: string): DmarcInfo {
  const problems: Problem[] = [];
  const external = new Set<string>();
  const { tags, order, error } = parseTags(record);
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
  if (order[0] !== 'v' || tags.get('v') !== 'DMARC1')
    problems.push({
      severity: 'error',
      rule: 'dmarc-syntax',
      message: 'the record must start with v=DMARC1',
      fix: 'Start the record with v=DMARC1;',
    });
  const p = tags.get('p')?.toLowerCase();
  if (!p || !POLICIES.includes(p)) {
    problems.push({
      severity: 'error',
      rule: 'dmarc-policy',
      message: p ? `p=${p} is not none, quarantine or reject` : 'no p= policy',
      fix: 'Set p=quarantine (or reject once reports look clean).',
    });
  } else if (POLICIES.indexOf(p) < POLICIES.indexOf(minPolicy)) {
    problems.push({
      severity: 'error',
      rule: 'dmarc-policy',
      message: `p=${p} is weaker than the required ${minPolicy}`,
      fix: `Set p=${minPolicy}.`,
    });
  } else if (p === 'none') {
    problems.push({
      severity: 'notice',
      rule: 'dmarc-policy',
      message: 'p=none only monitors: spoofed mail is still delivered',
      fix: 'Move to p=quarantine once the rua reports show only your senders.',
    });
  }
  for (const t of ['sp', 'np']) {
    const v = tags.get(t)?.toLowerCase();
    if (v !== undefined && !POLICIES.includes(v))
      problems.push({
        severity: 'error',
        rule: 'dmarc-policy',
        message: `${t}=${v} is not none, quarantine or reject`,
        fix: `Fix ${t}=.`,
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
      if (target !== domain && !target.endsWith(`.${domain}`) && !domain.endsWith(`.${target}`)) external.add(target);
    }
  }
  if (!tags.has('rua'))
    problems.push({
      severity: 'warning',
      rule: 'dmarc-no-reports',
      message: 'no rua=: you will not see who sends mail as your domain',
      fix: `Add rua=mailto:dmarc@${domain}`,
    });
  for (const t of ['pct', 'rf', 'ri']) {
    if (tags.has(t))
      problems.push({
        severity: 'warning',
        rule: 'dmarc-removed-tag',
        message: `${t}= is removed by RFC 9989 and ignored by receivers that follow it`,
        fix: `Remove ${t}=${t === 'pct' ? ' (use t=y to test a policy instead)' : ''}.`,
      });
  }
  return { problems, policy: p, externalReportDomains: [...external] };
}
