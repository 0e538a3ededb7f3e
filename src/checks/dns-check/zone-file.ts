import { fqdn, type Answer, type DnsSource, type RecordType } from './dns-source.js';

export interface ZoneRecord {
  name: string;
  type: string;
  /** RDATA as written (TXT: the quoted strings, unquoted). */
  data: string[];
  line: number;
}

export class ZoneFileError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Every record type IANA lists (as of 2026): a zone holds DNSSEC, SSHFP, TLSA, SVCB/HTTPS and the like beside the
 * records launchgate checks, and those are kept, not refused. RFC 3597's `TYPE<n>` stands for any other.
 */
export const RECORD_TYPES = new Set(
  (
    'A NS MD MF CNAME SOA MB MG MR NULL WKS PTR HINFO MINFO MX TXT RP AFSDB X25 ISDN RT NSAP NSAP-PTR SIG KEY PX ' +
    'GPOS AAAA LOC NXT EID NIMLOC SRV ATMA NAPTR KX CERT A6 DNAME SINK APL DS SSHFP IPSECKEY RRSIG NSEC DNSKEY ' +
    'DHCID NSEC3 NSEC3PARAM TLSA SMIMEA HIP NINFO RKEY TALINK CDS CDNSKEY OPENPGPKEY CSYNC ZONEMD SVCB HTTPS DSYNC ' +
    'HHIT BRID SPF UINFO UID GID UNSPEC NID L32 L64 LP EUI48 EUI64 NXNAME URI CAA AVC DOA AMTRELAY RESINFO WALLET ' +
    'CLA IPN TA DLV'
  ).split(' '),
);
const isType = (token: string) => RECORD_TYPES.has(token.toUpperCase()) || /^TYPE\d{1,5}$/i.test(token);
const isClass = (token: string) => /^(IN|CH|HS|CS|CLASS\d{1,5})$/i.test(token);

/** Characters that end an unquoted field: white space, `;`, `(`, `)` and `"`. */
const FIELD_END = new Set([...' \t\r\n\v\f;()"'].map((c) => c.charCodeAt(0)));

/**
 * Splits a zone-file line into fields, appended to `tokens` and `quoted` (so a record of many lines in parentheses
 * is read in one pass): quoted strings stay whole, `;` starts a comment outside quotes. Returns the parentheses
 * opened less those closed.
 */
function tokenize(line: string, lineNo: number, tokens: string[], quoted: boolean[]): number {
  let open = 0;
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === ';') break;
    if (c === ' ' || c === '\t') {
      i++;
    } else if (c === '(') {
      open++;
      i++;
    } else if (c === ')') {
      open--;
      i++;
    } else if (c === '"') {
      const parts: string[] = [];
      i++;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\' && i + 1 < line.length) {
          const d = line.charCodeAt(i + 1) - 48;
          if (d >= 0 && d <= 9 && /^\d{3}$/.test(line.substr(i + 1, 3))) {
            parts.push(String.fromCharCode(Number(line.substr(i + 1, 3))));
            i += 4;
            continue;
          }
          parts.push(line[i + 1]);
          i += 2;
          continue;
        }
        let j = i;
        while (j < line.length && line[j] !== '"' && line[j] !== '\\') j++;
        parts.push(line.slice(i, j));
        i = j;
      }
      if (line[i] !== '"') throw new ZoneFileError(lineNo, 'unterminated quoted string');
      i++;
      tokens.push(parts.join(''));
      quoted.push(true);
    } else {
      const start = i;
      while (i < line.length && !FIELD_END.has(line.charCodeAt(i))) i++;
      tokens.push(line.slice(start, i));
      quoted.push(false);
    }
  }
  return open;
}

/** A BIND-style zone file: $ORIGIN, $TTL, `@`, relative names, parentheses over several lines, quoted TXT strings. */
export function parseZoneFile(text: string, defaultOrigin: string): ZoneRecord[] {
  let origin = fqdn(defaultOrigin);
  let last = origin;
  const records: ZoneRecord[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const startLine = i + 1;
    const leadingBlank = /^[ \t]/.test(lines[i]);
    const tokens: string[] = [];
    const quoted: boolean[] = [];
    let open = tokenize(lines[i], startLine, tokens, quoted);
    while (open > 0) {
      i++;
      if (i >= lines.length) throw new ZoneFileError(startLine, 'unclosed parenthesis');
      open += tokenize(lines[i], i + 1, tokens, quoted);
    }
    if (tokens.length === 0) continue;
    if (tokens[0].startsWith('$')) {
      const directive = tokens[0].toUpperCase();
      if (directive === '$ORIGIN') origin = fqdn(tokens[1] ?? '');
      else if (directive !== '$TTL') throw new ZoneFileError(startLine, `unsupported directive ${tokens[0]}`);
      continue;
    }
    let k = 0;
    let name = last;
    if (!leadingBlank) {
      const raw = tokens[k++];
      name = raw === '@' ? origin : raw.endsWith('.') ? raw.toLowerCase() : `${raw.toLowerCase()}.${origin}`;
    }
    // [TTL] [class] type, in either order of TTL and class.
    while (
      k < tokens.length &&
      (/^\d+[smhdw]?$/i.test(tokens[k]) || /^(\d+[smhdw])+$/i.test(tokens[k]) || isClass(tokens[k])) &&
      !isType(tokens[k])
    )
      k++;
    const type = (tokens[k++] ?? '').toUpperCase();
    if (!isType(type))
      throw new ZoneFileError(
        startLine,
        `unknown or missing record type '${tokens[k - 1] ?? ''}' (accepted: a type IANA lists, such as A, MX or TXT, or TYPE<n> as RFC 3597 writes any other)`,
      );
    const data = tokens.slice(k);
    if (data.length === 0) throw new ZoneFileError(startLine, `${type} record for ${name} has no data`);
    if (type === 'TXT' || type === 'SPF') {
      if (quoted.slice(k).some((q) => !q) && data.some((d) => /\s/.test(d)))
        throw new ZoneFileError(startLine, 'TXT data must be quoted');
    }
    const absolute = (n: string) =>
      n === '@' ? origin : n.endsWith('.') ? n.toLowerCase() : `${n.toLowerCase()}.${origin}`;
    let rdata = data;
    if (type === 'CNAME' || type === 'NS' || type === 'PTR') rdata = [absolute(data[0])];
    if (type === 'MX') {
      if (data.length < 2 || !/^\d+$/.test(data[0]))
        throw new ZoneFileError(startLine, `MX record for ${name} needs "priority exchange"`);
      rdata = [data[0], data[1] === '.' ? '.' : absolute(data[1])];
    }
    records.push({ name, type, data: rdata, line: startLine });
    last = name;
  }
  return records;
}

/** Answers queries from a zone file; names outside it are "could not check", not missing. */
export class ZoneDns implements DnsSource {
  readonly kind = 'zone';
  /** Records by owner name, so a query costs the same in a zone of ten records or a million. */
  private readonly byName = new Map<string, ZoneRecord[]>();
  constructor(
    records: ZoneRecord[],
    private readonly origin: string,
    private readonly file: string,
  ) {
    for (const r of records) {
      const list = this.byName.get(r.name);
      if (list) list.push(r);
      else this.byName.set(r.name, [r]);
    }
  }

  describe(): string {
    return `zone file ${this.file}`;
  }

  inZone(name: string): boolean {
    const n = fqdn(name);
    return n === fqdn(this.origin) || n.endsWith(`.${fqdn(this.origin)}`);
  }

  async query(name: string, type: RecordType): Promise<Answer> {
    const n = fqdn(name);
    if (!this.inZone(n))
      return { status: 'error', values: [], error: `${n} is outside ${this.file}; not checked`, outsideZone: true };
    const atName = this.byName.get(n) ?? [];
    const matching = atName.filter((r) => r.type === type);
    if (matching.length === 0) return { status: atName.length ? 'nodata' : 'nxdomain', values: [] };
    const values = matching.map((r) =>
      type === 'MX' ? `${r.data[0]} ${r.data[1]}` : type === 'TXT' ? r.data.join('') : r.data.join(' '),
    );
    return {
      status: 'ok',
      values,
      txtStrings: type === 'TXT' ? matching.map((r) => r.data) : undefined,
      lines: matching.map((r) => r.line),
    };
  }
}
