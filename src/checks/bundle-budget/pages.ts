import { parse } from 'parse5';
import type { Finding } from '../../core/finding.js';
import { table } from '../../core/markdown.js';
import { HttpClient, NetworkError, type HttpResponse } from '../http/client.js';
import { code, plain } from './findings.js';
import type { HashStripper } from './hash-names.js';
import { formatBytes } from './sizes.js';

export type AssetKind = 'script' | 'stylesheet' | 'image';

export interface PageLimits {
  maxThirdPartyOrigins: number;
  maxImageBytes: number;
  /** Assets fetched per page; more are listed as not checked. */
  maxAssets: number;
  /** Bytes read per asset (and per page). */
  maxAssetBytes: number;
  /** Bytes read in the whole run. */
  maxTotalBytes: number;
  timeoutMs: number;
}

export const PAGE_LIMITS: PageLimits = {
  maxThirdPartyOrigins: 5,
  maxImageBytes: 200_000,
  maxAssets: 100,
  maxAssetBytes: 10 * 1024 * 1024,
  maxTotalBytes: 100 * 1024 * 1024,
  timeoutMs: 15_000,
};

export interface AssetMeasurement {
  url: string;
  kind: AssetKind;
  thirdParty: boolean;
  status?: number;
  contentType?: string;
  /** Content-Encoding as served (`br`, `gzip`), or `identity`. */
  encoding?: string;
  /** Bytes on the wire (the body as sent, compressed if it was). */
  transferred?: number;
  /** True when the size is the body as read rather than the server's Content-Length (see sizeOf). */
  estimated?: boolean;
  cacheControl?: string;
  problem?: string;
}

export interface PageMeasurement {
  url: string;
  status?: number;
  transferred?: number;
  encoding?: string;
  assets: AssetMeasurement[];
  thirdPartyScriptOrigins: string[];
  notFetched: number;
  problem?: string;
}

/** What the HTML asks a browser to fetch: scripts, stylesheets, images (src, srcset and <picture> sources). */
export function pageAssets(html: string, pageUrl: string): { url: string; kind: AssetKind }[] {
  const out: { url: string; kind: AssetKind }[] = [];
  const seen = new Set<string>();
  const add = (ref: string | undefined, kind: AssetKind) => {
    if (!ref) return;
    let url: URL;
    try {
      url = new URL(ref.trim(), pageUrl);
    } catch {
      return;
    }
    // data: and blob: cost nothing extra on the wire; anything but http(s) is never fetched.
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    url.hash = '';
    if (seen.has(url.href)) return;
    seen.add(url.href);
    out.push({ url: url.href, kind });
  };
  const srcset = (v: string | undefined) =>
    (v ?? '')
      .split(',')
      .map((c) => c.trim().split(/\s+/)[0])
      .filter(Boolean);
  const visit = (node: any, inPicture: boolean, depth: number) => {
    if (depth > 200) return;
    const tag: string | undefined = node.tagName;
    const attrs: Record<string, string> = {};
    for (const a of node.attrs ?? []) attrs[a.name] = a.value;
    if (tag === 'script') add(attrs.src, 'script');
    else if (tag === 'link') {
      const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('stylesheet')) add(attrs.href, 'stylesheet');
      else if (rel.includes('modulepreload')) add(attrs.href, 'script');
    } else if (tag === 'img') {
      add(attrs.src, 'image');
      for (const s of srcset(attrs.srcset)) add(s, 'image');
    } else if (tag === 'source' && inPicture) for (const s of srcset(attrs.srcset)) add(s, 'image');
    const children = node.content?.childNodes ?? node.childNodes ?? [];
    for (const child of children) visit(child, inPicture || tag === 'picture', depth + 1);
  };
  visit(parse(html), false, 0);
  return out;
}

const TEXT_TYPE =
  /^(text\/|application\/(javascript|x-javascript|ecmascript|json|manifest\+json|xml|wasm)|image\/svg\+xml)/i;
const COMPRESSED = new Set(['br', 'gzip', 'zstd', 'deflate', 'compress']);

export function isLongCache(cacheControl: string | undefined): boolean {
  if (!cacheControl) return false;
  const directives = cacheControl.toLowerCase();
  if (/\bno-store\b|\bno-cache\b/.test(directives)) return false;
  if (/\bimmutable\b/.test(directives)) return true;
  const m = /(?:^|[,\s])max-age\s*=\s*"?(\d{1,12})/.exec(directives);
  return m ? Number(m[1]) >= 31_536_000 : false;
}

/**
 * Bytes on the wire. The server's Content-Length is exact when there is one. Without it (chunked answers), the shared
 * client hands over the body as text, which is exact for uncompressed UTF-8 text but not for compressed or binary
 * bodies: those sizes are marked estimated (≈).
 */
function sizeOf(res: HttpResponse): { bytes: number; estimated: boolean } {
  const length = Number(res.headers['content-length']);
  if (Number.isFinite(length) && length >= 0 && res.headers['content-length']?.trim() !== '' && !res.truncated)
    return { bytes: length, estimated: false };
  const encoding = (res.headers['content-encoding'] ?? 'identity').toLowerCase();
  const textual = TEXT_TYPE.test(res.headers['content-type'] ?? '');
  return { bytes: Buffer.byteLength(res.body), estimated: res.truncated || encoding !== 'identity' || !textual };
}

/** A header value kept only when it has the expected shape (servers are hostile too: it ends up in markdown). */
function token(value: string | undefined, shape: RegExp): string | undefined {
  const v = value?.trim().toLowerCase().slice(0, 100);
  return v && shape.test(v) ? v : undefined;
}

const describe = (err: unknown) => (err instanceof NetworkError ? err.message : (err as Error).message);

/**
 * Fetches each page and what it loads, assets as a browser asks for them (Accept-Encoding: br, gzip). Pages must be
 * http(s) URLs; a page that redirects is followed only to the hosts of the configured pages.
 */
export async function measurePages(
  urls: string[],
  limits: PageLimits,
  client = new HttpClient({ timeoutMs: limits.timeoutMs, retries: 1, maxBodyBytes: limits.maxAssetBytes }),
): Promise<PageMeasurement[]> {
  const hosts = new Set(urls.map((u) => new URL(u).host));
  let totalBytes = 0;
  const pages: PageMeasurement[] = [];
  try {
    for (const pageUrl of urls) {
      const page: PageMeasurement = { url: pageUrl, assets: [], thirdPartyScriptOrigins: [], notFetched: 0 };
      pages.push(page);
      let res: HttpResponse | undefined;
      let current = pageUrl;
      try {
        for (let hop = 0; hop <= 5; hop++) {
          res = await client.send(
            // The HTML is asked for uncompressed: the shared client does not decode bodies, and it must be parsed.
            { method: 'GET', url: current, headers: { 'accept-encoding': 'identity', accept: 'text/html' } },
            { followRedirects: false },
          );
          const location = res.headers.location;
          if (res.status < 300 || res.status >= 400 || !location) break;
          const next = new URL(location, current);
          if ((next.protocol !== 'http:' && next.protocol !== 'https:') || !hosts.has(next.host)) {
            page.problem = `redirects to ${code(next.href)}, outside the configured hosts (${[...hosts].join(', ')}); add that URL to urls instead`;
            break;
          }
          current = next.href;
        }
      } catch (err) {
        page.problem = describe(err);
      }
      if (page.problem || !res) continue;
      page.status = res.status;
      if (res.status >= 300) {
        page.problem = `answered HTTP ${res.status}`;
        continue;
      }
      const size = sizeOf(res);
      page.transferred = size.bytes;
      page.encoding = token(res.headers['content-encoding'] ?? 'identity', /^[a-z0-9-]+(, ?[a-z0-9-]+)*$/) ?? 'other';
      totalBytes += size.bytes;
      if (/^(br|gzip|zstd|deflate)$/i.test(page.encoding))
        page.problem = `was served with Content-Encoding ${page.encoding} although identity was asked for; its HTML could not be read`;
      const pageOrigin = new URL(current).origin;
      const assets = pageAssets(res.body, current);
      const thirdPartyScripts = new Set<string>();
      for (const a of assets)
        if (a.kind === 'script' && new URL(a.url).origin !== pageOrigin) thirdPartyScripts.add(new URL(a.url).origin);
      page.thirdPartyScriptOrigins = [...thirdPartyScripts].sort();
      page.notFetched = Math.max(0, assets.length - limits.maxAssets);
      for (const a of assets.slice(0, limits.maxAssets)) {
        const asset: AssetMeasurement = { url: a.url, kind: a.kind, thirdParty: new URL(a.url).origin !== pageOrigin };
        page.assets.push(asset);
        if (totalBytes >= limits.maxTotalBytes) {
          asset.problem = `not fetched: the run already read ${formatBytes(totalBytes)}`;
          continue;
        }
        try {
          const r = await client.send({
            method: 'GET',
            url: a.url,
            headers: {
              'accept-encoding': 'br, gzip',
              accept: a.kind === 'image' ? 'image/avif,image/webp,image/*,*/*;q=0.8' : '*/*',
            },
          });
          asset.status = r.status;
          if (r.status >= 400) {
            asset.problem = `answered HTTP ${r.status}`;
            continue;
          }
          const s = sizeOf(r);
          asset.transferred = s.bytes;
          asset.estimated = s.estimated || undefined;
          asset.contentType = token(r.headers['content-type']?.split(';')[0], /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/);
          asset.encoding =
            token(r.headers['content-encoding'] ?? 'identity', /^[a-z0-9-]+(, ?[a-z0-9-]+)*$/) ?? 'other';
          asset.cacheControl = r.headers['cache-control'];
          totalBytes += Buffer.byteLength(r.body);
        } catch (err) {
          asset.problem = describe(err);
        }
      }
    }
  } finally {
    await client.close();
  }
  return pages;
}

const LEGACY_IMAGE = /^image\/(png|jpeg|jpg)$/;
const MODERN_IMAGE = /^image\/(webp|avif)$/;

/** The rules over what a page makes a browser download. */
export function evaluatePages(pages: PageMeasurement[], limits: PageLimits, strip: HashStripper): Finding[] {
  const findings: Finding[] = [];
  const push = (f: Omit<Finding, 'severity'> & { severity?: Finding['severity'] }, severity: Finding['severity']) =>
    findings.push({ ...f, severity: f.severity ?? severity });
  for (const page of pages) {
    if (page.problem && page.status === undefined) {
      push(
        {
          ruleId: 'could-not-check',
          title: `Could not check ${plain(page.url)}`,
          message: `${code(page.url)}: ${page.problem}; nothing on it was checked.`,
        },
        'error',
      );
      continue;
    }
    if (page.problem) {
      push(
        {
          ruleId: 'could-not-check',
          title: `Could not check ${plain(page.url)}`,
          message: `${code(page.url)} ${page.problem}.`,
        },
        'error',
      );
      if (page.status === undefined || page.status >= 300) continue;
    }
    if (page.thirdPartyScriptOrigins.length > limits.maxThirdPartyOrigins)
      push(
        {
          ruleId: 'third-party-origins',
          title: `${page.thirdPartyScriptOrigins.length} third-party script origins on ${plain(page.url)}`,
          message: `${code(page.url)} loads scripts from ${page.thirdPartyScriptOrigins.length} third-party origins, more than max-third-party-origins (${limits.maxThirdPartyOrigins}): ${page.thirdPartyScriptOrigins.map(code).join(', ')}.`,
        },
        'error',
      );
    if (page.notFetched)
      push(
        {
          ruleId: 'could-not-check',
          title: `${page.notFetched} asset(s) of ${plain(page.url)} not fetched`,
          message: `${code(page.url)} loads more than ${limits.maxAssets} assets; ${page.notFetched} were not checked.`,
        },
        'error',
      );
    const servesModern = page.assets.some((a) => a.contentType && MODERN_IMAGE.test(a.contentType));
    for (const a of page.assets) {
      const name = code(a.url);
      if (a.problem) {
        push(
          {
            ruleId: 'could-not-check',
            title: `Could not check ${plain(a.url)}`,
            message: `${a.kind} ${name} (on ${code(page.url)}): ${a.problem}.`,
          },
          'error',
        );
        continue;
      }
      const size = `${a.estimated ? '≈' : ''}${formatBytes(a.transferred ?? 0)}`;
      if (
        a.contentType &&
        TEXT_TYPE.test(a.contentType) &&
        (a.transferred ?? 0) > 1024 &&
        !COMPRESSED.has(a.encoding ?? 'identity')
      )
        push(
          {
            ruleId: 'uncompressed-text-asset',
            title: `Uncompressed ${a.kind}: ${plain(a.url)}`,
            message: `${name} (${a.contentType}, ${size}) was served without gzip or brotli although the request accepted both; turn on compression for text types.`,
          },
          'error',
        );
      if (!a.thirdParty && strip.isHashed(new URL(a.url).pathname) && !isLongCache(a.cacheControl))
        push(
          {
            ruleId: 'hashed-asset-short-cache',
            title: `Hashed asset not cached for a year: ${plain(a.url)}`,
            message: `${name} has a content hash in its name but Cache-Control ${a.cacheControl ? code(a.cacheControl) : '(none)'}; serve it with public, max-age=31536000, immutable.`,
          },
          'warning',
        );
      if (a.kind === 'image' && (a.transferred ?? 0) > limits.maxImageBytes)
        push(
          {
            ruleId: 'large-image',
            title: `Image over ${limits.maxImageBytes / 1000} kB: ${plain(a.url)}`,
            message: `${name} is ${size} (${a.contentType ?? 'unknown type'}), over max-image-kb (${limits.maxImageBytes / 1000} kB).`,
          },
          'warning',
        );
      if (a.kind === 'image' && servesModern && a.contentType && LEGACY_IMAGE.test(a.contentType))
        push(
          {
            ruleId: 'legacy-image-format',
            title: `${a.contentType} where WebP/AVIF is served: ${plain(a.url)}`,
            message: `${name} is ${a.contentType} (${size}) while ${code(page.url)} already serves WebP or AVIF; converting it would likely save bytes.`,
          },
          'notice',
        );
    }
  }
  return findings;
}

export function pagesTable(pages: PageMeasurement[]): string {
  const parts: string[] = [];
  for (const page of pages) {
    const assets = page.assets.filter((a) => !a.problem);
    const total = assets.reduce((s, a) => s + (a.transferred ?? 0), 0) + (page.transferred ?? 0);
    const byKind = (k: AssetKind) => assets.filter((a) => a.kind === k).reduce((s, a) => s + (a.transferred ?? 0), 0);
    parts.push(
      `**${code(page.url)}**: ${formatBytes(total)} transferred — HTML ${formatBytes(page.transferred ?? 0)}, scripts ${formatBytes(byKind('script'))}, stylesheets ${formatBytes(byKind('stylesheet'))}, images ${formatBytes(byKind('image'))}; third-party script origins: ${page.thirdPartyScriptOrigins.length}.`,
    );
    if (page.assets.length)
      parts.push(
        table(
          ['Asset', 'Kind', 'Transferred', 'Encoding', 'Cache-Control'],
          page.assets.map((a) => [
            `${code(a.url)}${a.thirdParty ? ' (third-party)' : ''}`,
            a.kind,
            a.problem ? `not checked: ${a.problem}` : `${a.estimated ? '≈' : ''}${formatBytes(a.transferred ?? 0)}`,
            a.encoding ?? '—',
            a.cacheControl ? code(a.cacheControl) : '—',
          ]),
        ),
      );
  }
  return parts.join('\n\n');
}
