import { connect, rootCertificates, checkServerIdentity, type PeerCertificate } from 'node:tls';
import { HttpClient, NetworkError } from '../http/client.js';
import type { Problem } from './mail-records.js';
import { findMixedContent } from './edge.js';

export interface HttpsResult {
  host: string;
  /** Response headers of the home page, for the edge-proxy check. */
  headers?: Record<string, string>;
  problems: Problem[];
  daysLeft?: number;
  issuer?: string;
  validTo?: string;
  hsts?: string;
}

function splitHostPort(entry: string): { host: string; port: number } {
  const m = /^(.+?)(?::(\d+))?$/.exec(entry)!;
  return { host: m[1], port: m[2] ? Number(m[2]) : 443 };
}

async function handshake(
  host: string,
  port: number,
  ca: string | undefined,
  timeoutMs: number,
): Promise<{ cert: PeerCertificate; authorized: boolean; error?: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(
      {
        host,
        port,
        servername: /^[\d.]+$/.test(host) ? undefined : host,
        ca: ca ? [...rootCertificates, ca] : undefined,
        rejectUnauthorized: false,
        timeout: timeoutMs,
      },
      () => {
        const cert = socket.getPeerCertificate();
        resolve({
          cert,
          authorized: socket.authorized,
          error: socket.authorizationError ? String(socket.authorizationError) : undefined,
        });
        socket.end();
      },
    );
    socket.on('timeout', () => {
      socket.destroy();
      reject(new Error(`TLS handshake with ${host}:${port} timed out`));
    });
    socket.on('error', (err) => reject(err));
  });
}

/** TLS with SNI, chain and hostname, days to expiry, http→https, HSTS, and the one canonical host. */
export async function checkHttps(
  entry: string,
  opts: { ca?: string; minDays: number; canonical?: string; httpPort: number; timeoutMs: number; now?: Date },
): Promise<HttpsResult> {
  const { host, port } = splitHostPort(entry);
  const result: HttpsResult = { host: entry, problems: [] };
  let hs;
  try {
    hs = await handshake(host, port, opts.ca, opts.timeoutMs);
  } catch (err: any) {
    result.problems.push({
      severity: 'error',
      rule: 'https-unreachable',
      message:
        `could not check: no TLS handshake with ${host}:${port} (${err?.code ?? ''} ${err?.message ?? err})`.replace(
          '( ',
          '(',
        ),
      fix: 'Serve HTTPS on port 443 with a certificate for this name.',
    });
    return result;
  }
  const { cert } = hs;
  result.issuer = [cert.issuer?.CN ?? cert.issuer?.O].flat()[0];
  result.validTo = cert.valid_to;
  const now = opts.now ?? new Date();
  const daysLeft = Math.floor((new Date(cert.valid_to).getTime() - now.getTime()) / 86400000);
  result.daysLeft = daysLeft;
  if (!hs.authorized && hs.error !== 'CERT_HAS_EXPIRED') {
    result.problems.push({
      severity: 'error',
      rule: 'https-untrusted',
      message: `the certificate chain is not trusted (${hs.error})`,
      fix: 'Serve the full chain from a public CA (or pass ca-file for a private CA).',
    });
  }
  const identity = checkServerIdentity(host, cert);
  if (identity)
    result.problems.push({
      severity: 'error',
      rule: 'https-wrong-host',
      message: `the certificate is not valid for ${host}: ${identity.message}`,
      fix: `Issue a certificate that names ${host}.`,
    });
  if (daysLeft < 0)
    result.problems.push({
      severity: 'error',
      rule: 'https-expired',
      message: `the certificate expired on ${cert.valid_to}`,
      fix: 'Renew it now, and check that automatic renewal runs.',
    });
  else if (daysLeft < opts.minDays)
    result.problems.push({
      severity: 'error',
      rule: 'https-expiring',
      message: `the certificate expires in ${daysLeft} day(s) (${cert.valid_to}); at least ${opts.minDays} are required`,
      fix: 'Renew it, and check that automatic renewal runs.',
    });
  else if (daysLeft < opts.minDays * 2)
    result.problems.push({
      severity: 'warning',
      rule: 'https-expiring',
      message: `the certificate expires in ${daysLeft} day(s) (${cert.valid_to})`,
      fix: 'Check that automatic renewal runs.',
    });

  const client = new HttpClient({ timeoutMs: opts.timeoutMs, retries: 0, ca: opts.ca });
  const origin = `https://${entry}`;
  try {
    try {
      const res = await client.send({ method: 'GET', url: `${origin}/`, headers: {} }, { followRedirects: false });
      result.hsts = res.headers['strict-transport-security'];
      result.headers = res.headers;
      if (res.status >= 200 && res.status < 300) {
        for (const mc of findMixedContent(res.body)) {
          result.problems.push({
            severity: 'error',
            rule: 'mixed-content',
            message: `https://${entry}/ loads ${mc.element} over plain HTTP; browsers block or warn on it`,
            fix: `Load ${mc.url.replace(/^http:/, 'https:')} instead (or a relative URL).`,
          });
        }
      }
      if (!result.hsts)
        result.problems.push({
          severity: 'notice',
          rule: 'https-no-hsts',
          message: 'no Strict-Transport-Security header',
          fix: 'Send Strict-Transport-Security: max-age=31536000 once HTTPS works everywhere.',
        });
      if (opts.canonical && host !== opts.canonical) {
        const location = res.headers.location ? new URL(res.headers.location, origin) : undefined;
        if (![301, 308].includes(res.status) || location?.hostname !== opts.canonical) {
          result.problems.push({
            severity: 'error',
            rule: 'https-not-canonical',
            message: `https://${entry}/ answers ${res.status}${location ? ` to ${location.href}` : ''}, not a 301/308 to the canonical host ${opts.canonical}`,
            fix: `Redirect every request to https://${opts.canonical} with 301 or 308.`,
          });
        }
      }
    } catch (err) {
      if (!(err instanceof NetworkError)) throw err;
    }
    const httpUrl = `http://${host}${opts.httpPort === 80 ? '' : `:${opts.httpPort}`}/`;
    try {
      const res = await client.send({ method: 'GET', url: httpUrl, headers: {} }, { followRedirects: false });
      const location = res.headers.location ? new URL(res.headers.location, httpUrl) : undefined;
      if (!(res.status >= 300 && res.status < 400) || location?.protocol !== 'https:') {
        result.problems.push({
          severity: 'error',
          rule: 'http-not-redirected',
          message: `${httpUrl} answers ${res.status}${location ? ` to ${location.href}` : ''} instead of redirecting to https://`,
          fix: 'Redirect all plain HTTP to HTTPS with 301 or 308.',
        });
      } else if (![301, 308].includes(res.status)) {
        result.problems.push({
          severity: 'warning',
          rule: 'http-not-redirected',
          message: `${httpUrl} redirects with ${res.status}; browsers and crawlers treat only 301/308 as permanent`,
          fix: 'Use 301 or 308.',
        });
      }
    } catch (err) {
      if (!(err instanceof NetworkError)) throw err;
      result.problems.push({
        severity: 'warning',
        rule: 'http-not-redirected',
        message: `plain HTTP on ${httpUrl} does not answer (${err.message}); visitors typing the name get an error instead of a redirect`,
        fix: 'Answer on port 80 with a 301 to https://.',
      });
    }
  } finally {
    await client.close();
  }
  return result;
}
