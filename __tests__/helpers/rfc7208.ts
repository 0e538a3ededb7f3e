import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import type { Answer } from '../../src/checks/dns-check/dns-source.js';
import type { SpfLookup } from '../../src/checks/dns-check/spf.js';

export interface SpfCase {
  scenario: string;
  name: string;
  host: string;
  helo: string;
  mailfrom: string;
  result: string[];
  lookup: SpfLookup;
}

/**
 * The RFC 7208 test suite as cases with a fake resolver built from each scenario's zonedata. As the suite's own
 * drivers do, SPF (type 99) records are copied to TXT where a name has no TXT, except in the sections that test
 * record selection itself.
 */
export function loadRfc7208(file: string): SpfCase[] {
  const cases: SpfCase[] = [];
  for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
    const scenario = doc.toJS() as any;
    if (!scenario?.tests) continue;
    const zone = new Map<string, any[]>();
    for (const [name, recs] of Object.entries<any[]>(scenario.zonedata ?? {})) zone.set(name.toLowerCase(), recs ?? []);
    const copySpf = scenario.description !== 'Record lookup';
    const lookup: SpfLookup = (name, type) => follow(name, type, 0);
    const follow = async (name: string, type: Parameters<SpfLookup>[1], depth: number): Promise<Answer> => {
      if (depth > 8) return { status: 'error', values: [], error: 'CNAME loop' };
      const recs = zone.get(name.toLowerCase().replace(/\.$/, ''));
      if (!recs) return { status: 'nxdomain', values: [] };
      // `TXT: NONE` says the name has no TXT records; with TIMEOUT beside it, a TXT question times out.
      const of = (t: string) =>
        recs.filter((r) => r && typeof r === 'object' && t in r && r[t] !== 'NONE').map((r) => r[t]);
      let values: any[] = of(type);
      if (type === 'TXT' && values.length === 0 && copySpf) values = of('SPF');
      if (values.length === 0 && of('CNAME').length) return follow(String(of('CNAME')[0]), type, depth + 1);
      if (values.length === 0 && recs.includes('TIMEOUT')) return { status: 'error', values: [], error: 'timeout' };
      if (type === 'TXT') values = values.map((v) => (Array.isArray(v) ? v.join('') : String(v)));
      if (type === 'MX') values = values.map((v) => `${v[0]} ${v[1]}`);
      if (values.length === 0) return { status: 'nodata', values: [] };
      return { status: 'ok', values: values.map(String) };
    };
    for (const [name, t] of Object.entries<any>(scenario.tests)) {
      cases.push({
        scenario: scenario.description,
        name,
        host: t.host,
        helo: t.helo,
        mailfrom: t.mailfrom ?? '',
        result: Array.isArray(t.result) ? t.result : [t.result],
        lookup,
      });
    }
  }
  return cases;
}
