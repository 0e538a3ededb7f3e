import dns2 from 'dns2';
import { fakeServices } from './fake-context.js';
import { executeCheck, type ExecutedCheck } from '../../src/core/execute.js';
import { SecretRegistry } from '../../src/core/secrets.js';
import { dnsCheck } from '../../src/checks/dns-check/index.js';

const { Packet } = dns2;

export type ZoneEntry =
  | {
      A?: string[];
      AAAA?: string[];
      CNAME?: string;
      MX?: [number, string][];
      TXT?: (string | string[])[];
      NS?: string[];
    }
  | 'TIMEOUT'
  | 'SERVFAIL';

export interface ZoneData {
  [name: string]: ZoneEntry;
}

/**
 * A real DNS server (dns2, UDP and TCP) on 127.0.0.1 with an ephemeral port, answering from `zone`, and for names
 * not in it from `generated` (a zone too large to list, such as an endless include tree).
 */
export async function startDnsServer(
  zone: ZoneData,
  generated?: (name: string) => ZoneEntry | undefined,
): Promise<{ address: string; close: () => Promise<void>; queries: string[] }> {
  const queries: string[] = [];
  const lower = new Map(Object.entries(zone).map(([k, v]) => [k.toLowerCase().replace(/\.$/, ''), v]));
  const server: any = dns2.createServer({
    udp: true,
    tcp: true,
    handle: (request: any, send: (r: any) => void) => {
      const response: any = Packet.createResponseFromRequest(request);
      const [q] = request.questions;
      const name = String(q.name).toLowerCase().replace(/\.$/, '');
      const typeName = Object.entries(Packet.TYPE).find(([, v]) => v === q.type)?.[0] ?? String(q.type);
      queries.push(`${typeName} ${name}`);
      const entry = lower.get(name) ?? generated?.(name);
      if (entry === 'TIMEOUT') return;
      if (entry === 'SERVFAIL') {
        response.header.rcode = 2;
        return send(response);
      }
      if (!entry) {
        response.header.rcode = 3;
        return send(response);
      }
      const base = { name: q.name, class: Packet.CLASS.IN, ttl: 60 };
      if (entry.CNAME && typeName !== 'CNAME') {
        response.answers.push({ ...base, type: Packet.TYPE.CNAME, domain: entry.CNAME.replace(/\.$/, '') });
      } else if (typeName === 'A')
        for (const address of entry.A ?? []) response.answers.push({ ...base, type: Packet.TYPE.A, address });
      else if (typeName === 'AAAA')
        for (const address of entry.AAAA ?? []) response.answers.push({ ...base, type: Packet.TYPE.AAAA, address });
      else if (typeName === 'CNAME' && entry.CNAME)
        response.answers.push({ ...base, type: Packet.TYPE.CNAME, domain: entry.CNAME.replace(/\.$/, '') });
      else if (typeName === 'MX')
        for (const [priority, exchange] of entry.MX ?? [])
          response.answers.push({ ...base, type: Packet.TYPE.MX, priority, exchange: exchange.replace(/\.$/, '') });
      else if (typeName === 'TXT')
        for (const data of entry.TXT ?? []) response.answers.push({ ...base, type: Packet.TYPE.TXT, data });
      else if (typeName === 'NS')
        for (const ns of entry.NS ?? []) response.answers.push({ ...base, type: Packet.TYPE.NS, ns });
      send(response);
    },
  });
  // UDP first on an ephemeral port, then TCP on the same port number (truncated answers retry over TCP).
  await new Promise<void>((resolve) => {
    server.servers.udp.once('listening', resolve);
    server.servers.udp.listen(0, '127.0.0.1');
  });
  const port = server.servers.udp.address().port;
  server.servers.tcp.listen(port, '127.0.0.1');
  await server.listening;
  return { address: `127.0.0.1:${port}`, close: () => server.close(), queries };
}

/**
 * Runs the dns-check gate in-process through the same executeCheck as the hosts (inputs parsed from raw strings,
 * report redacted), for tests that count DNS questions or need no bundle. User mistakes reject with UserError.
 */
export async function runDnsCheck(raw: Record<string, string>, cwd = process.cwd()): Promise<ExecutedCheck['report']> {
  const lines: string[] = [];
  const log = { info: (m: string) => lines.push(m), warning: (m: string) => lines.push(m), debug: () => {} };
  const { report } = await executeCheck(dnsCheck, {
    raw,
    where: (name) => `Input '${name}'`,
    baseDir: cwd,
    env: {},
    event: { name: 'local', payload: {} },
    log,
    secrets: new SecretRegistry(),
    inActions: false,
    services: fakeServices(),
  });
  return report;
}
