import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';

export type RecordType = 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT' | 'NS' | 'PTR' | 'CAA';

/** One DNS answer. A failed lookup (timeout, SERVFAIL, refused) is `error`, never mistaken for a missing record. */
export interface Answer {
  status: 'ok' | 'nxdomain' | 'nodata' | 'error';
  /** A/AAAA: addresses; CNAME/NS/PTR: names; MX: "priority exchange"; TXT: each record's strings joined. */
  values: string[];
  /** TXT: the raw strings of each record, for the length check. */
  txtStrings?: string[][];
  error?: string;
  /** Zone-file mode: the line of each value. */
  lines?: number[];
  /** Zone-file mode: the name is not in the file, so it was not checked (a notice, not an error). */
  outsideZone?: true;
}

export interface DnsSource {
  readonly kind: 'live' | 'zone';
  query(name: string, type: RecordType): Promise<Answer>;
  describe(): string;
  /** Zone-file mode: whether the file holds `name` (names outside it are not checked). */
  inZone?(name: string): boolean;
}

const CODES: Record<string, Answer['status']> = { ENOTFOUND: 'nxdomain', ENODATA: 'nodata' };

/** Node's resolver against given nameservers (or the system's), with explicit timeouts and tries. */
export class LiveDns implements DnsSource {
  readonly kind = 'live';
  private readonly resolver: Resolver;
  private readonly cache = new Map<string, Promise<Answer>>();
  /** Lookups run in parallel, but at most this many at once, so a resolver is not flooded. */
  private static readonly MAX_IN_FLIGHT = 8;
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly servers: string[],
    timeoutMs: number,
  ) {
    this.resolver = new Resolver({ timeout: timeoutMs, tries: 2 });
    if (servers.length) this.resolver.setServers(servers);
  }

  describe(): string {
    return this.servers.length ? `nameservers ${this.servers.join(', ')}` : 'the system resolver';
  }

  query(name: string, type: RecordType): Promise<Answer> {
    const key = `${type} ${name.toLowerCase()}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.run(name, type);
      this.cache.set(key, hit);
    }
    return hit;
  }

  private async run(name: string, type: RecordType): Promise<Answer> {
    if (this.inFlight >= LiveDns.MAX_IN_FLIGHT) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight++;
    try {
      return await this.ask(name, type);
    } finally {
      this.inFlight--;
      this.waiting.shift()?.();
    }
  }

  private async ask(name: string, type: RecordType): Promise<Answer> {
    try {
      switch (type) {
        case 'A':
          return { status: 'ok', values: await this.resolver.resolve4(name) };
        case 'AAAA':
          return { status: 'ok', values: await this.resolver.resolve6(name) };
        case 'CNAME':
          return { status: 'ok', values: (await this.resolver.resolveCname(name)).map(fqdn) };
        case 'NS':
          return { status: 'ok', values: (await this.resolver.resolveNs(name)).map(fqdn) };
        case 'PTR':
          return { status: 'ok', values: (await this.resolver.resolvePtr(name)).map(fqdn) };
        case 'MX':
          return {
            status: 'ok',
            values: (await this.resolver.resolveMx(name)).map((m) => `${m.priority} ${fqdn(m.exchange)}`),
          };
        case 'CAA':
          return { status: 'ok', values: (await this.resolver.resolveCaa(name)).map((c) => JSON.stringify(c)) };
        case 'TXT': {
          const records = await this.resolver.resolveTxt(name);
          return { status: 'ok', values: records.map((r) => r.join('')), txtStrings: records };
        }
      }
    } catch (err: any) {
      const status = CODES[err?.code];
      if (status) return { status, values: [] };
      return {
        status: 'error',
        values: [],
        error: `${err?.code ?? 'error'} asking ${this.describe()} for ${type} ${name}`,
      };
    }
  }
}

export function fqdn(name: string): string {
  return name.endsWith('.') ? name.toLowerCase() : `${name.toLowerCase()}.`;
}

export function bare(name: string): string {
  return name.replace(/\.$/, '').toLowerCase();
}

/** `IP[:port]` or `[IPv6]:port`; anything else is a user error. */
export function parseNameserver(value: string): string | undefined {
  const v6 = /^\[([0-9a-fA-F:]+)\](?::(\d{1,5}))?$/.exec(value);
  if (v6 && isIP(v6[1]) === 6) return v6[2] ? `[${v6[1]}]:${v6[2]}` : v6[1];
  const m = /^([\d.]+)(?::(\d{1,5}))?$/.exec(value);
  if (m && isIP(m[1]) === 4 && (!m[2] || Number(m[2]) < 65536)) return value;
  if (isIP(value) === 6) return value;
  return undefined;
}
