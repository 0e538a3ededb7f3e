import type { DnsSource } from './dns-source.js';
import type { Problem } from './findings.js';
import { resolveFollowing } from './records.js';
import { inNetwork, normalizeIp, parseCidr } from './spf.js';

/**
 * Cloudflare's published edge ranges (cloudflare.com/ips-v4 and /ips-v6), as of 2026-11-01. They change rarely;
 * input `proxy-ranges` replaces them when they do.
 */
export const CLOUDFLARE_RANGES = {
  date: '2026-11-01',
  cidrs: [
    '173.245.48.0/20',
    '103.21.244.0/22',
    '103.22.200.0/22',
    '103.31.4.0/22',
    '141.101.64.0/18',
    '108.162.192.0/18',
    '190.93.240.0/20',
    '188.114.96.0/20',
    '197.234.240.0/22',
    '198.41.128.0/17',
    '162.158.0.0/15',
    '104.16.0.0/13',
    '104.24.0.0/14',
    '172.64.0.0/13',
    '131.0.72.0/22',
    '2400:cb00::/32',
    '2606:4700::/32',
    '2803:f800::/32',
    '2405:b500::/32',
    '2405:8100::/32',
    '2a06:98c0::/29',
    '2c0f:f248::/32',
  ],
};

export function outsideRanges(addresses: string[], cidrs: string[]): string[] {
  const nets = cidrs.map((c) => parseCidr(c)).filter((c): c is NonNullable<typeof c> => Boolean(c));
  return addresses.filter((a) => !nets.some((n) => inNetwork(normalizeIp(a), n.network, n.prefix)));
}

/**
 * `expect-proxy: cloudflare`: the host must resolve only into the edge's ranges (`proxyRanges`, or the shipped list)
 * and answer with its headers. `headers` is absent when the home page did not answer (reported by the HTTPS check).
 */
export async function edgeProblems(
  dns: DnsSource,
  entry: string,
  headers: Record<string, string> | undefined,
  proxyRanges: string[],
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const name = entry.replace(/:\d+$/, '');
  const ranges = proxyRanges.length ? proxyRanges : CLOUDFLARE_RANGES.cidrs;
  const addrs = [
    ...(await resolveFollowing(dns, name, 'A')).values,
    ...(await resolveFollowing(dns, name, 'AAAA')).values,
  ];
  const outside = outsideRanges(addrs, ranges);
  if (addrs.length === 0)
    problems.push({
      severity: 'error',
      rule: 'edge-bypass',
      message: `${name} has no address to check against the proxy ranges`,
      fix: 'Proxy the record through Cloudflare (orange cloud).',
    });
  else if (outside.length)
    problems.push({
      severity: 'error',
      rule: 'edge-bypass',
      message: `${name} resolves to ${outside.join(', ')}, outside Cloudflare's ranges (list of ${proxyRanges.length ? 'proxy-ranges' : CLOUDFLARE_RANGES.date}): visitors reach the origin directly, without the edge's TLS, cache and protection`,
      fix: `Turn the proxy on for ${name}, and firewall the origin to the proxy's ranges.`,
    });
  if (headers && !headers['cf-ray'] && !/cloudflare/i.test(headers.server ?? ''))
    problems.push({
      severity: 'error',
      rule: 'edge-bypass',
      message: `https://${entry}/ answered without Cloudflare's headers (cf-ray, server: cloudflare)`,
      fix: 'Proxy the host through Cloudflare.',
    });
  return problems;
}

export interface MixedContent {
  element: string;
  url: string;
}

/** `http://` resources an https page loads: scripts, styles, images, media, frames and form targets. */
export function findMixedContent(html: string): MixedContent[] {
  const out: MixedContent[] = [];
  const tag = /<(script|link|img|iframe|frame|audio|video|source|embed|object|form|input)\b([^>]*)>/gi;
  for (const m of html.matchAll(tag)) {
    const name = m[1].toLowerCase();
    const attrs = m[2];
    if (name === 'link' && !/\brel\s*=\s*["']?(?:stylesheet|icon|preload|modulepreload|manifest)/i.test(attrs))
      continue;
    for (const a of attrs.matchAll(
      /\b(src|href|action|data|poster|srcset|formaction)\s*=\s*["']?(http:\/\/[^"'\s>]+)/gi,
    )) {
      out.push({ element: `<${name} ${a[1].toLowerCase()}="${a[2]}">`, url: a[2] });
    }
  }
  return out;
}
