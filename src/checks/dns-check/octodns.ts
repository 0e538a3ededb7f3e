import { isMap } from 'yaml';
import { parseYaml } from '../../core/yaml-file.js';
import { fqdn } from './dns-source.js';
import { RECORD_TYPES, ZoneFileError, type ZoneRecord } from './zone-file.js';

/** OctoDNS's own types (ALIAS, URLFWD) beside the DNS ones; the BIND reader and this one accept the same set. */
const TYPES = new Set([...RECORD_TYPES, 'ALIAS', 'URLFWD']);

/**
 * An OctoDNS zone file (config/zones/<domain>.yaml): record names relative to the zone ('' is the apex), each a
 * record or a list of records with `type` and `value`/`values`. TXT values escape ';' as '\;'.
 */
export function parseOctodns(text: string, domain: string, file: string): ZoneRecord[] {
  const source = parseYaml(file, text);
  const root = source.doc.contents;
  if (!isMap(root))
    throw new ZoneFileError(source.lineOf([]) ?? 1, 'an OctoDNS zone file is a mapping of record names');
  const origin = fqdn(domain);
  const records: ZoneRecord[] = [];
  const data = source.value as Record<string, unknown>;
  for (const [name, entry] of Object.entries(data)) {
    const owner = name === '' ? origin : `${name.toLowerCase()}.${origin}`;
    const list = Array.isArray(entry) ? entry : [entry];
    list.forEach((rec: any, i) => {
      const path = Array.isArray(entry) ? [name, i] : [name];
      const line = source.lineOf(path) ?? 1;
      if (!rec || typeof rec !== 'object')
        throw new ZoneFileError(line, `record '${name}' must be a mapping with type and value`);
      const type = String(rec.type ?? '').toUpperCase();
      if (!TYPES.has(type))
        throw new ZoneFileError(
          line,
          `record '${name}' has unknown type '${rec.type ?? ''}' (accepted: OctoDNS's types, such as A, MX, TXT, SPF or ALIAS)`,
        );
      const values: any[] = rec.values ?? (rec.value !== undefined ? [rec.value] : []);
      if (values.length === 0) throw new ZoneFileError(line, `record '${name}' (${type}) has no value or values`);
      const abs = (n: string) => (n.endsWith('.') ? n.toLowerCase() : `${n.toLowerCase()}.${origin}`);
      for (const v of values) {
        let rdata: string[];
        if (type === 'MX') {
          const exchange = v?.exchange ?? v?.value;
          const preference = v?.preference ?? v?.priority;
          if (exchange === undefined || preference === undefined)
            throw new ZoneFileError(line, `MX record '${name}' needs exchange and preference`);
          rdata = [String(preference), exchange === '.' ? '.' : abs(String(exchange))];
        } else if (type === 'TXT' || type === 'SPF') rdata = [String(v).replace(/\\;/g, ';')];
        else if (type === 'CNAME' || type === 'NS' || type === 'PTR' || type === 'ALIAS') rdata = [abs(String(v))];
        else rdata = [typeof v === 'object' ? JSON.stringify(v) : String(v)];
        records.push({ name: owner, type: type === 'ALIAS' ? 'CNAME' : type, data: rdata, line });
      }
    });
  }
  return records;
}
