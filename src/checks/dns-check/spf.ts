import { isIP } from 'node:net';
import { bare, type Answer } from './dns-source.js';

/** The DNS questions SPF asks; `error` answers become temperror, as RFC 7208 says. */
export type SpfLookup = (name: string, type: 'A' | 'AAAA' | 'MX' | 'TXT' | 'PTR') => Promise<Answer>;

export type Qualifier = '+' | '-' | '~' | '?';
export type SpfResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'temperror' | 'permerror';

export interface Term {
  text: string;
  /** 1-based character position of the term in the record, for error messages. */
  position: number;
  kind: 'mechanism' | 'modifier';
  name: string;
  qualifier: Qualifier;
  /** The domain-spec or address part, unexpanded. */
  value?: string;
  cidr4?: number;
  cidr6?: number;
}

export interface ParsedSpf {
  terms: Term[];
  error?: { position: number; message: string };
}

const MECHANISMS = new Set(['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists']);
export const LOOKUP_TERMS = new Set(['include', 'a', 'mx', 'ptr', 'exists', 'redirect']);
const MACRO = /%(?:\{([slodiphcrtvSLODIPHCRTV])(\d*)(r?)([.\-+,/_=]*)\}|[%_-])/g;

export function isSpfRecord(txt: string): boolean {
  return /^v=spf1(?: |$)/i.test(txt);
}

/** A macro-string is valid when every % starts a valid macro. */
function validMacroString(s: string, allowExpOnly = false): boolean {
  const stripped = s.replace(MACRO, (m, letter: string | undefined) =>
    letter && !allowExpOnly && /[crtCRT]/.test(letter) ? '\u0000' : '',
  );
  return !stripped.includes('%') && !stripped.includes('\u0000');
}

function validDomainSpec(spec: string): boolean {
  if (!validMacroString(spec)) return false;
  if (/%\{[^}]*\}$|%[%_-]$/.test(spec) && spec.replace(MACRO, '').length === 0) return true;
  // domain-end: the last label is a real top label (not all digits), or the spec ends with a macro.
  if (/%\{[^}]*\}\.?$/.test(spec)) return true;
  const labels = spec.replace(/\.$/, '').split('.');
  const top = labels[labels.length - 1];
  return labels.length >= 2 && /^(?=.*[a-zA-Z])[a-zA-Z0-9-]+$/.test(top) && !top.startsWith('-') && !top.endsWith('-');
}

/** Parses a `v=spf1` record term by term; the first syntax error carries its position. */
export function parseSpf(record: string): ParsedSpf {
  const terms: Term[] = [];
  if (!isSpfRecord(record)) return { terms, error: { position: 1, message: 'the record does not start with v=spf1' } };
  if (/[^\x20-\x7e]/.test(record))
    return {
      terms,
      error: { position: record.search(/[^\x20-\x7e]/) + 1, message: 'SPF records are 7-bit ASCII only' },
    };
  let pos = 6;
  for (const text of record.slice(6).split(' ')) {
    pos += 1;
    const position = pos;
    pos += text.length;
    if (!text) continue;
    const modifier = /^([a-zA-Z][a-zA-Z0-9_.-]*)=(.*)$/.exec(text);
    if (modifier) {
      const name = modifier[1].toLowerCase();
      if (
        (name === 'redirect' && !validDomainSpec(modifier[2])) ||
        (name === 'exp' && !validDomainSpec(modifier[2])) ||
        !validMacroString(modifier[2], true)
      ) {
        return { terms, error: { position, message: `invalid ${name}= value '${modifier[2]}'` } };
      }
      if ((name === 'redirect' || name === 'exp') && terms.some((t) => t.name === name))
        return { terms, error: { position, message: `${name}= appears twice` } };
      terms.push({ text, position, kind: 'modifier', name, qualifier: '+', value: modifier[2] });
      continue;
    }
    // qualifier, name, then ":domain" (which may hold ':' and '/') and a CIDR suffix taken from the end.
    const m0 = /^([+\-~?]?)([a-zA-Z][a-zA-Z0-9]*)(.*)$/.exec(text);
    const rest = m0?.[3] ?? '';
    const suffix = /((?:\/\d+)?(?:\/\/\d+)?)$/.exec(rest)![1];
    const body = rest.slice(0, rest.length - suffix.length);
    const m =
      m0 && (body === '' || body.startsWith(':'))
        ? [text, m0[1], m0[2], body === '' ? undefined : body.slice(1), suffix]
        : undefined;
    if (!m || !MECHANISMS.has(m[2]!.toLowerCase()))
      return { terms, error: { position, message: `unknown term '${text}'` } };
    if (/\/0\d/.test(suffix)) return { terms, error: { position, message: `CIDR with a leading zero in '${text}'` } };
    const name = m[2]!.toLowerCase();
    const qualifier = (m[1] || '+') as Qualifier;
    const value = m[3];
    const cidr = /^(?:\/(\d+))?(?:\/\/(\d+))?$/.exec(m[4]!)!;
    const term: Term = { text, position, kind: 'mechanism', name, qualifier, value };
    if (cidr[1] !== undefined) term.cidr4 = Number(cidr[1]);
    if (cidr[2] !== undefined) term.cidr6 = Number(cidr[2]);
    const bad = (message: string): ParsedSpf => ({ terms, error: { position, message } });
    if (name === 'all' && (value !== undefined || m[4])) return bad(`'all' takes no argument`);
    if ((name === 'include' || name === 'exists') && (!value || m[4]))
      return bad(`'${name}' needs a domain and takes no CIDR`);
    if (name === 'ptr' && m[4]) return bad(`'ptr' takes no CIDR`);
    if (
      value !== undefined &&
      (name === 'a' || name === 'mx' || name === 'ptr' || name === 'include' || name === 'exists') &&
      !validDomainSpec(value)
    )
      return bad(`invalid domain '${value}' in '${text}'`);
    if (name === 'ip4') {
      if (!value || isIP(value) !== 4 || term.cidr6 !== undefined || (term.cidr4 ?? 32) > 32)
        return bad(`invalid ip4 network '${text}'`);
    }
    if (name === 'ip6') {
      const v6 = /^([^/]*)(?:\/(\d+))?$/.exec(`${value ?? ''}${m[4]}`);
      if (!value || isIP(value) !== 6 || term.cidr6 !== undefined) {
        // ip6:2001:db8::/32 is parsed with the prefix in cidr4's slot.
        if (!(v6 && isIP(v6[1]) === 6)) return bad(`invalid ip6 network '${text}'`);
      }
      term.cidr6 = term.cidr4;
      term.cidr4 = undefined;
      if ((term.cidr6 ?? 128) > 128) return bad(`invalid ip6 prefix in '${text}'`);
    }
    if ((name === 'a' || name === 'mx') && ((term.cidr4 ?? 32) > 32 || (term.cidr6 ?? 128) > 128))
      return bad(`invalid CIDR in '${text}'`);
    terms.push(term);
  }
  return { terms };
}

// ---------- addresses ----------

function v4ToBigInt(ip: string): bigint {
  return ip.split('.').reduce((acc, o) => (acc << 8n) + BigInt(Number(o)), 0n);
}

function v6ToBigInt(ip: string): bigint {
  let addr = ip;
  const v4tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(addr);
  if (v4tail) {
    const n = v4ToBigInt(v4tail[1]);
    addr = addr.slice(0, -v4tail[1].length) + `${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const [head, tail] = addr.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined ? (tail ? tail.split(':') : []) : [];
  const groups = tail !== undefined ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
  return groups.reduce((acc, g) => (acc << 16n) + BigInt(parseInt(g || '0', 16)), 0n);
}

/** An IPv4-mapped IPv6 client (::ffff:a.b.c.d) is an IPv4 client. */
export function normalizeIp(ip: string): { version: 4 | 6; value: bigint; text: string } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return { version: 4, value: v4ToBigInt(mapped[1]), text: mapped[1] };
  if (isIP(ip) === 4) return { version: 4, value: v4ToBigInt(ip), text: ip };
  return { version: 6, value: v6ToBigInt(ip), text: ip };
}

export function inNetwork(ip: { version: 4 | 6; value: bigint }, network: string, prefix: number): boolean {
  const net = normalizeIp(network);
  if (net.version !== ip.version) return false;
  const bits = ip.version === 4 ? 32 : 128;
  if (prefix === 0) return true;
  const shift = BigInt(bits - prefix);
  return ip.value >> shift === net.value >> shift;
}

export function parseCidr(value: string): { network: string; prefix: number } | undefined {
  const [network, p] = value.split('/');
  const version = isIP(network);
  if (!version) return undefined;
  const prefix = p === undefined ? (version === 4 ? 32 : 128) : Number(p);
  if (!/^\d*$/.test(p ?? '') || prefix > (version === 4 ? 32 : 128)) return undefined;
  return { network, prefix };
}

// ---------- check_host() ----------

class SpfError extends Error {
  constructor(
    readonly result: 'temperror' | 'permerror',
    message: string,
  ) {
    super(message);
  }
}

interface EvalState {
  ip: ReturnType<typeof normalizeIp>;
  sender: string;
  helo: string;
  lookups: number;
  voids: number;
  lookup: SpfLookup;
}

function reverseName(ip: ReturnType<typeof normalizeIp>): string {
  if (ip.version === 4) return `${ip.text.split('.').reverse().join('.')}.in-addr.arpa`;
  return `${ip.value.toString(16).padStart(32, '0').split('').reverse().join('.')}.ip6.arpa`;
}

function expand(spec: string, domain: string, st: EvalState): string {
  const [local, senderDomain] = splitSender(st.sender, st.helo);
  const ipText = st.ip.version === 4 ? st.ip.text : st.ip.value.toString(16).padStart(32, '0').split('').join('.');
  const out = spec.replace(
    MACRO,
    (whole, letter: string | undefined, digits: string, reverse: string, delims: string) => {
      if (!letter) return whole === '%%' ? '%' : whole === '%_' ? ' ' : '%20';
      const values: Record<string, string> = {
        s: `${local}@${senderDomain}`,
        l: local,
        o: senderDomain,
        d: domain,
        i: ipText,
        p: 'unknown',
        v: st.ip.version === 4 ? 'in-addr' : 'ip6',
        h: st.helo,
        c: st.ip.text,
        r: 'unknown',
        t: String(Math.floor(Date.now() / 1000)),
      };
      let parts = values[letter.toLowerCase()].split(new RegExp(`[${(delims || '.').replace(/[-\\\]^/]/g, '\\$&')}]`));
      if (reverse) parts = parts.reverse();
      if (digits) {
        const n = Number(digits);
        if (n === 0) throw new SpfError('permerror', 'macro transformer of 0');
        parts = parts.slice(-n);
      }
      const value = parts.join('.');
      return letter === letter.toUpperCase()
        ? encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        : value;
    },
  );
  // A target over 253 characters loses labels from the left.
  let target = out;
  while (target.length > 253 && target.includes('.')) target = target.slice(target.indexOf('.') + 1);
  return target;
}

function splitSender(sender: string, helo: string): [string, string] {
  if (!sender) return ['postmaster', helo];
  const at = sender.lastIndexOf('@');
  if (at < 0) return ['postmaster', sender];
  return [sender.slice(0, at) || 'postmaster', sender.slice(at + 1)];
}

function validDomain(domain: string): boolean {
  const d = domain.replace(/\.$/, '');
  if (!d.includes('.') || d.length > 253) return false;
  return d.split('.').every((l) => l.length > 0 && l.length <= 63);
}

async function ask(
  st: EvalState,
  name: string,
  type: 'A' | 'AAAA' | 'MX' | 'TXT' | 'PTR',
  countVoid = true,
): Promise<Answer> {
  const a = await st.lookup(name, type);
  if (a.status === 'error') throw new SpfError('temperror', a.error ?? `DNS error for ${type} ${name}`);
  if (countVoid && (a.status === 'nxdomain' || a.status === 'nodata' || a.values.length === 0)) {
    st.voids++;
    if (st.voids > 2) throw new SpfError('permerror', 'more than 2 void lookups');
  }
  return a;
}

function countLookup(st: EvalState): void {
  st.lookups++;
  if (st.lookups > 10) throw new SpfError('permerror', 'more than 10 DNS-querying terms');
}

async function addresses(st: EvalState, name: string, countVoid = true): Promise<string[]> {
  return (await ask(st, name, st.ip.version === 4 ? 'A' : 'AAAA', countVoid)).values;
}

async function evaluate(domain: string, st: EvalState, depth: number): Promise<SpfResult> {
  if (depth > 20) throw new SpfError('permerror', 'include/redirect loop');
  if (!validDomain(domain)) return 'none';
  const txt = await st.lookup(domain, 'TXT');
  if (txt.status === 'error') throw new SpfError('temperror', txt.error ?? 'DNS error');
  const records = txt.values.filter(isSpfRecord);
  if (records.length === 0) return 'none';
  if (records.length > 1) throw new SpfError('permerror', `${domain} has ${records.length} SPF records`);
  const parsed = parseSpf(records[0]);
  if (parsed.error) throw new SpfError('permerror', parsed.error.message);
  const target = (t: Term) => (t.value ? expand(t.value, domain, st) : domain);
  for (const term of parsed.terms.filter((t) => t.kind === 'mechanism')) {
    let match = false;
    switch (term.name) {
      case 'all':
        match = true;
        break;
      case 'ip4':
      case 'ip6':
        match = inNetwork(st.ip, term.value!, term.name === 'ip4' ? (term.cidr4 ?? 32) : (term.cidr6 ?? 128));
        break;
      case 'a': {
        countLookup(st);
        const prefix = st.ip.version === 4 ? (term.cidr4 ?? 32) : (term.cidr6 ?? 128);
        match = (await addresses(st, target(term))).some((a) => inNetwork(st.ip, a, prefix));
        break;
      }
      case 'mx': {
        countLookup(st);
        const mx = await ask(st, target(term), 'MX');
        if (mx.values.length > 10) throw new SpfError('permerror', 'more than 10 MX records');
        const prefix = st.ip.version === 4 ? (term.cidr4 ?? 32) : (term.cidr6 ?? 128);
        for (const v of mx.values) {
          const exchange = v.split(' ')[1];
          if (!exchange || exchange === '.') continue;
          if ((await addresses(st, exchange)).some((a) => inNetwork(st.ip, a, prefix))) {
            match = true;
            break;
          }
        }
        break;
      }
      case 'ptr': {
        countLookup(st);
        const want = bare(target(term));
        let names: string[] = [];
        try {
          names = (await ask(st, reverseName(st.ip), 'PTR')).values.slice(0, 10);
        } catch (err) {
          if (!(err instanceof SpfError && err.result === 'temperror')) throw err;
        }
        for (const n of names) {
          let addrs: string[] = [];
          try {
            addrs = await addresses(st, n, false);
          } catch (err) {
            if (err instanceof SpfError && err.result === 'temperror') continue;
            throw err;
          }
          const validated = addrs.some((a) => normalizeIp(a).value === st.ip.value);
          const name = bare(n);
          if (validated && (name === want || name.endsWith(`.${want}`))) {
            match = true;
            break;
          }
        }
        break;
      }
      case 'exists': {
        countLookup(st);
        match = (await ask(st, target(term), 'A')).values.length > 0;
        break;
      }
      case 'include': {
        countLookup(st);
        const r = await evaluate(target(term), st, depth + 1);
        if (r === 'temperror') throw new SpfError('temperror', 'include: temperror');
        if (r === 'permerror' || r === 'none')
          throw new SpfError(
            'permerror',
            `include:${term.value} has ${r === 'none' ? 'no SPF record' : 'a permanent error'}`,
          );
        match = r === 'pass';
        break;
      }
    }
    if (match) return ({ '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' } as const)[term.qualifier];
  }
  const redirect = parsed.terms.find((t) => t.name === 'redirect');
  if (redirect && !parsed.terms.some((t) => t.name === 'all')) {
    countLookup(st);
    const r = await evaluate(expand(redirect.value!, domain, st), st, depth + 1);
    if (r === 'none') throw new SpfError('permerror', `redirect=${redirect.value} has no SPF record`);
    return r;
  }
  return 'neutral';
}

/** RFC 7208 check_host(): the SPF result for mail from `sender` (or HELO `helo`) sent from `ip`. */
export async function checkHost(
  ip: string,
  domain: string,
  sender: string,
  helo: string,
  lookup: SpfLookup,
): Promise<{ result: SpfResult; reason?: string }> {
  const st: EvalState = { ip: normalizeIp(ip), sender, helo, lookups: 0, voids: 0, lookup };
  try {
    return { result: await evaluate(bare(domain), st, 0) };
  } catch (err) {
    if (err instanceof SpfError) return { result: err.result, reason: err.message };
    throw err;
  }
}
