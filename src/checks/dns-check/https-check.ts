import { connect, rootCertificates, checkServerIdentity, type PeerCertificate } from 'node:tls';
import { table } from '../../core/markdown.js';
import { HttpClient, NetworkError } from '../http/client.js';
import { FindingList, type DnsRun, type Problem, type SectionResult } from './findings.js';
import { edgeProblems, findMixedContent } from './edge.js';

export interface HttpsResult {
  host: string;
  /** Response headers of the home page, for the edge-proxy check; absent when it did not answer. */
  headers?: Record<string, string>;
  problems: Problem[];
  daysLeft?: number;
  issuer?: string;
  validTo?: string;
  hsts?: string;
  /** False when the handshake worked but the home page sent no HTTP answer: HSTS and the rest are unknown. */
  answered?: boolean;
}

export interface HttpsOptions {
  ca?: string;
  minDays: number;
  canonical?: string;
  httpPort: number;
  timeoutMs: number;
  now?: Date;
}

function splitHostPort(entry: string): { host: string; port: number } {
  const m = /^(.+?)(?::(\d+))?$/.exec(entry)!;
  return { host: m[1], port: m[2] ? Number(m[2]) : 443 };
}

/**
 * One line for an error from the TLS stack: OpenSSL's `<id>:error:<code>:<lib>:<func>:<reason>:<file>:<line>:`
 * (with its trailing newline) becomes its reason, so a finding, an annotation and a table cell stay one line.
 */
export function oneLineError(text: string): string {
  return text
    .replace(/\b[0-9A-F]{8,}:error:[0-9A-F]+:[^:\n]*:[^:\n]*:([^:\n]+):[^\s]*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
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

/** The certificate's chain, name and days to expiry. */
function certificateProblems(
  hs: { cert: PeerCertificate; authorized: boolean; error?: string },
  host: string,
  daysLeft: number,
  minDays: number,
): Problem[] {
  const problems: Problem[] = [];
  const { cert } = hs;
  if (!hs.authorized && hs.error !== 'CERT_HAS_EXPIRED')
    problems.push({
      severity: 'error',
      rule: 'https-untrusted',
      message: `the certificate chain is not trusted (${oneLineError(hs.error ?? 'unknown')})`,
      fix: 'Serve the full chain from a public CA (or pass ca-file for a private CA).',
    });
  const identity = checkServerIdentity(host, cert);
  if (identity)
    problems.push({
      severity: 'error',
      rule: 'https-wrong-host',
      message: `the certificate is not valid for ${host}: ${oneLineError(identity.message)}`,
      fix: `Issue a certificate that names ${host}.`,
    });
  if (daysLeft < 0)
    problems.push({
      severity: 'error',
      rule: 'https-expired',
      message: `the certificate expired on ${cert.valid_to}`,
      fix: 'Renew it now, and check that automatic renewal runs.',
    });
  else if (daysLeft < minDays)
    problems.push({
      severity: 'error',
      rule: 'https-expiring',
      message: `the certificate expires in ${daysLeft} day(s) (${cert.valid_to}); at least ${minDays} are required`,
      fix: 'Renew it, and check that automatic renewal runs.',
    });
  else if (daysLeft < minDays * 2)
    problems.push({
      severity: 'warning',
      rule: 'https-expiring',
      message: `the certificate expires in ${daysLeft} day(s) (${cert.valid_to})`,
      fix: 'Check that automatic renewal runs.',
    });
  return problems;
}

/**
 * The home page over HTTPS: HSTS, mixed content and the canonical-host redirect. No answer (a timeout after a good
 * handshake, a reset) is `https-no-answer`: those checks could not run, which is never a pass.
 */
async function homePageProblems(
  client: HttpClient,
  entry: string,
  host: string,
  canonical: string | undefined,
): Promise<{ problems: Problem[]; headers?: Record<string, string>; hsts?: string; answered: boolean }> {
  const origin = `https://${entry}`;
  const problems: Problem[] = [];
  let res;
  try {
    res = await client.send({ method: 'GET', url: `${origin}/`, headers: {} }, { followRedirects: false });
  } catch (err) {
    if (!(err instanceof NetworkError)) throw err;
    // A certificate the client refuses (reported above as untrusted, expired or for another name) also leaves
    // these checks undone; the message says which of the two happened.
    const why =
      err.kind === 'tls'
        ? `${origin}/ was not fetched, because the client refuses its certificate`
        : `${origin}/ sent no HTTP answer after the TLS handshake`;
    problems.push({
      severity: 'error',
      rule: 'https-no-answer',
      message: `could not check the canonical host, HSTS and mixed content: ${why} (${oneLineError(err.message)})`,
      fix:
        err.kind === 'tls'
          ? 'Fix the certificate (see the other findings for this host).'
          : 'Make the home page answer; check the server and any proxy in front of it.',
    });
    return { problems, answered: false };
  }
  const hsts = res.headers['strict-transport-security'];
  if (res.status >= 200 && res.status < 300)
    for (const mc of findMixedContent(res.body))
      problems.push({
        severity: 'error',
        rule: 'mixed-content',
        message: `${origin}/ loads ${mc.element} over plain HTTP; browsers block or warn on it`,
        fix: `Load ${mc.url.replace(/^http:/, 'https:')} instead (or a relative URL).`,
      });
  if (!hsts)
    problems.push({
      severity: 'notice',
      rule: 'https-no-hsts',
      message: 'no Strict-Transport-Security header',
      fix: 'Send Strict-Transport-Security: max-age=31536000 once HTTPS works everywhere.',
    });
  if (canonical && host !== canonical) {
    const location = res.headers.location ? new URL(res.headers.location, origin) : undefined;
    if (![301, 308].includes(res.status) || location?.hostname !== canonical)
      problems.push({
        severity: 'error',
        rule: 'https-not-canonical',
        message: `${origin}/ answers ${res.status}${location ? ` to ${location.href}` : ''}, not a 301/308 to the canonical host ${canonical}`,
        fix: `Redirect every request to https://${canonical} with 301 or 308.`,
      });
  }
  return { problems, headers: res.headers, hsts, answered: true };
}

/** Plain `http://` must redirect to `https://` for good (301/308). */
async function plainHttpProblems(client: HttpClient, host: string, httpPort: number): Promise<Problem[]> {
  const httpUrl = `http://${host}${httpPort === 80 ? '' : `:${httpPort}`}/`;
  try {
    const res = await client.send({ method: 'GET', url: httpUrl, headers: {} }, { followRedirects: false });
    const location = res.headers.location ? new URL(res.headers.location, httpUrl) : undefined;
    if (!(res.status >= 300 && res.status < 400) || location?.protocol !== 'https:')
      return [
        {
          severity: 'error',
          rule: 'http-not-redirected',
          message: `${httpUrl} answers ${res.status}${location ? ` to ${location.href}` : ''} instead of redirecting to https://`,
          fix: 'Redirect all plain HTTP to HTTPS with 301 or 308.',
        },
      ];
    if (![301, 308].includes(res.status))
      return [
        {
          severity: 'warning',
          rule: 'http-not-redirected',
          message: `${httpUrl} redirects with ${res.status}; browsers and crawlers treat only 301/308 as permanent`,
          fix: 'Use 301 or 308.',
        },
      ];
    return [];
  } catch (err) {
    if (!(err instanceof NetworkError)) throw err;
    return [
      {
        severity: 'warning',
        rule: 'http-not-redirected',
        message: `plain HTTP on ${httpUrl} does not answer (${oneLineError(err.message)}); visitors typing the name get an error instead of a redirect`,
        fix: 'Answer on port 80 with a 301 to https://.',
      },
    ];
  }
}

/** TLS with SNI, chain and hostname, days to expiry, http→https, HSTS, and the one canonical host. */
export async function checkHttps(entry: string, opts: HttpsOptions): Promise<HttpsResult> {
  const { host, port } = splitHostPort(entry);
  const result: HttpsResult = { host: entry, problems: [] };
  let hs;
  try {
    hs = await handshake(host, port, opts.ca, opts.timeoutMs);
  } catch (err: any) {
    const detail = oneLineError(`${err?.code ?? ''}: ${err?.message ?? err}`.replace(/^: /, ''));
    result.problems.push({
      severity: 'error',
      rule: 'https-unreachable',
      message: `could not check: no TLS handshake with ${host}:${port} (${detail})`,
      fix: 'Serve HTTPS on port 443 with a certificate for this name.',
    });
    return result;
  }
  result.issuer = [hs.cert.issuer?.CN ?? hs.cert.issuer?.O].flat()[0];
  result.validTo = hs.cert.valid_to;
  result.daysLeft = Math.floor((new Date(hs.cert.valid_to).getTime() - (opts.now ?? new Date()).getTime()) / 86400000);
  result.problems.push(...certificateProblems(hs, host, result.daysLeft, opts.minDays));

  const client = new HttpClient({ timeoutMs: opts.timeoutMs, retries: 0, ca: opts.ca });
  try {
    const home = await homePageProblems(client, entry, host, opts.canonical);
    result.problems.push(...home.problems);
    result.headers = home.headers;
    result.hsts = home.hsts;
    result.answered = home.answered;
    result.problems.push(...(await plainHttpProblems(client, host, opts.httpPort)));
  } finally {
    await client.close();
  }
  return result;
}

function verdict(problems: Problem[]): string {
  if (problems.some((p) => p.severity === 'error')) return '❌';
  return problems.some((p) => p.severity === 'warning') ? '⚠️' : '✅';
}

/** The HTTPS section: each host of input `https`, and with `expect-proxy` whether it sits behind the edge. */
export async function httpsSection(
  run: DnsRun,
  hosts: string[],
  opts: HttpsOptions & { proxy: 'none' | 'cloudflare'; proxyRanges: string[] },
): Promise<SectionResult> {
  const out = new FindingList(run);
  const rows: string[][] = [];
  for (const host of hosts) {
    const r = await checkHttps(host, opts);
    const edge = opts.proxy === 'cloudflare' ? await edgeProblems(run.dns, host, r.headers, opts.proxyRanges) : [];
    const problems = [...r.problems, ...edge];
    const hsts = r.answered === false ? 'could not check' : (r.hsts ?? (r.answered ? 'none' : '—'));
    rows.push([
      host,
      r.issuer ?? '—',
      r.validTo ?? '—',
      r.daysLeft !== undefined ? String(r.daysLeft) : '—',
      hsts,
      verdict(problems),
    ]);
    for (const p of problems) out.add(p, {}, host);
  }
  return {
    findings: out.findings,
    section: rows.length
      ? { title: 'HTTPS', markdown: table(['Host', 'Issuer', 'Valid to', 'Days left', 'HSTS', 'Verdict'], rows) }
      : undefined,
  };
}
