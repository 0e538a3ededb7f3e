/**
 * OWASP's basic response headers for an app's pages (OWASP Secure Headers Project): what `headers-baseline: true`
 * checks. Each miss names the header and the fix.
 */
export interface HeaderMiss {
  header: string;
  problem: string;
  fix: string;
}

/** A version number in a Server or X-Powered-By value (`nginx/1.25.3`, `PHP/8.2.1`, `Express 4.18`). */
const VERSION = /\d+\.\d+/;

export function headerBaseline(url: string, headers: Record<string, string>): HeaderMiss[] {
  const h = (name: string) => headers[name]?.trim();
  const misses: HeaderMiss[] = [];
  if (url.startsWith('https:')) {
    const hsts = h('strict-transport-security');
    const maxAge = Number(/max-age\s*=\s*"?(\d+)/i.exec(hsts ?? '')?.[1] ?? NaN);
    if (!hsts)
      misses.push({
        header: 'Strict-Transport-Security',
        problem: 'missing on an https page',
        fix: 'send Strict-Transport-Security: max-age=31536000; includeSubDomains',
      });
    else if (!(maxAge > 0))
      misses.push({
        header: 'Strict-Transport-Security',
        problem: `has no positive max-age (${hsts})`,
        fix: 'use max-age=31536000 (one year)',
      });
  }
  if ((h('x-content-type-options') ?? '').toLowerCase() !== 'nosniff')
    misses.push({
      header: 'X-Content-Type-Options',
      problem: h('x-content-type-options') ? `is ${h('x-content-type-options')}` : 'missing',
      fix: 'send X-Content-Type-Options: nosniff',
    });
  const csp = h('content-security-policy') ?? '';
  const frameOptions = (h('x-frame-options') ?? '').toUpperCase();
  if (!/(^|;)\s*frame-ancestors\s/i.test(csp) && frameOptions !== 'DENY' && frameOptions !== 'SAMEORIGIN')
    misses.push({
      header: 'Content-Security-Policy',
      problem: `no frame-ancestors directive and no X-Frame-Options${frameOptions ? ` (X-Frame-Options is ${frameOptions})` : ''}: the page can be framed (clickjacking)`,
      fix: "send Content-Security-Policy: frame-ancestors 'self' (or X-Frame-Options: DENY)",
    });
  for (const name of ['server', 'x-powered-by'] as const) {
    const value = h(name);
    if (value && VERSION.test(value))
      misses.push({
        header: name === 'server' ? 'Server' : 'X-Powered-By',
        problem: `reveals a version (${value})`,
        fix:
          name === 'server'
            ? 'hide the version (nginx: server_tokens off)'
            : 'remove the header (Express: app.disable("x-powered-by"))',
      });
  }
  return misses;
}
