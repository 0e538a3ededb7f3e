import { createHash, createHmac } from 'node:crypto';

/**
 * AWS Signature Version 4 (header form), written here rather than pulled in: it is forty lines of HMAC over
 * node:crypto, and the AWS test suite vectors check it (__tests__/unit/secret-verify-sigv4.test.ts).
 */

export interface SigV4Request {
  method: string;
  /** Path and query as sent, e.g. `/` or `/?Param1=value1`. */
  path: string;
  /** Every header to sign, in the order given; a name may repeat. Must include host and x-amz-date. */
  headers: [string, string][];
  body: string;
}

export interface SigV4Scope {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  service: string;
  /** `YYYYMMDDTHHMMSSZ`, the value of x-amz-date. */
  amzDate: string;
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text, 'utf8').digest();

/** RFC 3986 encoding as AWS wants it: everything but A-Z a-z 0-9 - . _ ~ is percent-encoded, in upper case. */
export function awsEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, '%20'));
  } catch {
    return text;
  }
}

export function canonicalRequest(req: SigV4Request): { canonical: string; signedHeaders: string } {
  const q = req.path.indexOf('?');
  const rawPath = q >= 0 ? req.path.slice(0, q) : req.path;
  const rawQuery = q >= 0 ? req.path.slice(q + 1) : '';
  const uri =
    rawPath
      .split('/')
      .map((segment) => awsEncode(decode(segment)))
      .join('/') || '/';
  const query = rawQuery
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf('=');
      const key = eq >= 0 ? pair.slice(0, eq) : pair;
      const value = eq >= 0 ? pair.slice(eq + 1) : '';
      return [awsEncode(decode(key)), awsEncode(decode(value))] as const;
    })
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const byName = new Map<string, string[]>();
  for (const [name, value] of req.headers) {
    const key = name.toLowerCase().trim();
    const values = byName.get(key) ?? [];
    values.push(value.trim().replace(/\s+/g, ' '));
    byName.set(key, values);
  }
  const names = [...byName.keys()].sort();
  const headers = names.map((n) => `${n}:${byName.get(n)!.join(',')}\n`).join('');
  const signedHeaders = names.join(';');
  return {
    canonical: [req.method.toUpperCase(), uri, query, headers, signedHeaders, sha256Hex(req.body)].join('\n'),
    signedHeaders,
  };
}

export function credentialScope(s: Pick<SigV4Scope, 'amzDate' | 'region' | 'service'>): string {
  return `${s.amzDate.slice(0, 8)}/${s.region}/${s.service}/aws4_request`;
}

export function stringToSign(canonical: string, s: Pick<SigV4Scope, 'amzDate' | 'region' | 'service'>): string {
  return ['AWS4-HMAC-SHA256', s.amzDate, credentialScope(s), sha256Hex(canonical)].join('\n');
}

export function signingKey(secretAccessKey: string, date: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date), region), service), 'aws4_request');
}

/** The Authorization header value for a request. */
export function authorization(req: SigV4Request, s: SigV4Scope): string {
  const { canonical, signedHeaders } = canonicalRequest(req);
  const key = signingKey(s.secretAccessKey, s.amzDate.slice(0, 8), s.region, s.service);
  const signature = createHmac('sha256', key).update(stringToSign(canonical, s), 'utf8').digest('hex');
  return `AWS4-HMAC-SHA256 Credential=${s.accessKeyId}/${credentialScope(s)}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

/** `2015-08-30T12:36:00.000Z` → `20150830T123600Z`. */
export function amzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
